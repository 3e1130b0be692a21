"""The home page's StreamField blocks render what staff chose, drop quietly what shoppers may no
longer see or buy, and cost the same number of queries for 4 or 40 cards."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.rich_text import RichText

from cms.models import NewsIndexPage, NewsPage
from cms.selectors import ProductRule
from cooperatives.models import Cooperative
from tests.factories import HA_NOI, CooperativeFactory, ProductFactory
from tests.html import soup

from .conftest import product_photo

pytestmark = pytest.mark.django_db


def featured(products, **value):
    return ("featured_products", {"heading": "Nổi bật", "products": products, **value})


def publish(page, body):
    page.body = body
    page.save_revision().publish()


def card_titles(html, section=0) -> list[str]:
    return [a.get_text(strip=True) for a in html.select("main .product-card__title a")]


def test_featured_products_show_the_chosen_products_in_order(client, home_page):
    first, second = ProductFactory(title="Mật ong"), ProductFactory(title="Cà phê")
    publish(home_page, [featured([second, first])])

    html = soup(client.get("/"))

    assert card_titles(html) == ["Cà phê", "Mật ong"]
    assert "125.000" in html.select_one("main .product-card__price").get_text()


@pytest.mark.parametrize(
    "make_unavailable",
    [
        lambda p: type(p).objects.filter(pk=p.pk).update(is_public=False),
        lambda p: Cooperative.objects.filter(pk=p.cooperative_id).update(
            status=Cooperative.Status.SUSPENDED
        ),
        lambda p: p.stockrecords.update(num_in_stock=0),
        lambda p: p.stockrecords.all().delete(),
        lambda p: p.delete(),
    ],
    ids=["hidden", "cooperative-suspended", "out-of-stock", "no-stock-record", "deleted"],
)
def test_a_product_made_unavailable_drops_out_of_the_published_page(
    client, home_page, make_unavailable
):
    kept, gone = ProductFactory(title="Còn hàng"), ProductFactory(title="Sắp hết")
    publish(home_page, [featured([kept, gone])])
    make_unavailable(gone)

    response = client.get("/")

    assert response.status_code == 200
    assert card_titles(soup(response)) == ["Còn hàng"]


def test_a_block_whose_products_are_all_gone_leaves_no_empty_section(client, home_page):
    gone = ProductFactory(title="Đã ẩn")
    publish(home_page, [featured([gone])])
    type(gone).objects.filter(pk=gone.pk).update(is_public=False)

    html = soup(client.get("/"))

    assert not html.select("main .product-grid")
    assert "Nổi bật" not in html.select_one("main").get_text()


def test_featured_products_by_rule(client, home_page):
    ProductFactory(title="Bốn sao", ocop_stars=4)
    ProductFactory(title="Năm sao cũ", ocop_stars=5)
    ProductFactory(title="Năm sao mới", ocop_stars=5)
    ha_noi = CooperativeFactory(province=HA_NOI, commune=None)
    ProductFactory(title="Gốm Hà Nội", cooperative=ha_noi, ocop_stars=3, origin_commune=None)

    publish(home_page, [featured([], source=ProductRule.NEWEST_FIVE_STARS, limit=8)])
    assert card_titles(soup(client.get("/"))) == ["Năm sao mới", "Năm sao cũ"]

    publish(home_page, [featured([], source=ProductRule.FROM_PROVINCE, province=str(HA_NOI))])
    assert card_titles(soup(client.get("/"))) == ["Gốm Hà Nội"]

    publish(home_page, [featured([], source=ProductRule.NEWEST, limit=2)])
    assert card_titles(soup(client.get("/"))) == ["Gốm Hà Nội", "Năm sao mới"]


def test_best_sellers_of_a_category_come_from_that_category(client, home_page):
    coffee = ProductFactory(title="Cà phê", categories=["Đồ uống > Cà phê"])
    ProductFactory(title="Mật ong", categories=["Mật ong"])
    category = coffee.categories.get()

    publish(
        home_page,
        [featured([], source=ProductRule.BEST_SELLERS_OF_CATEGORY, category=category.get_parent())],
    )

    assert card_titles(soup(client.get("/"))) == ["Cà phê"]


def test_featured_cooperatives_show_approved_cooperatives(client, home_page):
    shown = CooperativeFactory(name="HTX Cà phê Ea Tu")
    hidden = CooperativeFactory(name="HTX Tạm ngừng")
    publish(
        home_page,
        [("featured_cooperatives", {"heading": "Hợp tác xã", "cooperatives": [shown, hidden]})],
    )
    hidden.status = Cooperative.Status.SUSPENDED
    hidden.save()

    html = soup(client.get("/"))

    names = [a.get_text(strip=True) for a in html.select("main .coop-card__name a")]
    assert names == ["HTX Cà phê Ea Tu"]
    assert html.select_one("main .coop-card__name a")["href"] == shown.get_absolute_url()


def test_category_tiles_show_a_picture(client, home_page, wagtail_image):
    coffee = ProductFactory(categories=["Đồ uống > Cà phê"])
    product_photo(coffee)
    honey = ProductFactory(categories=["Mật ong"])
    drinks = coffee.categories.get().get_parent()
    honey_category = honey.categories.get()
    picture = wagtail_image("Mật ong")
    publish(
        home_page,
        [
            (
                "featured_categories",
                {
                    "heading": "Danh mục",
                    "categories": [honey_category, drinks],
                    "images": [picture],
                },
            )
        ],
    )

    tiles = soup(client.get("/")).select("main .category-tile")

    assert [t.select_one(".category-tile__name").get_text() for t in tiles] == [
        "Mật ong",
        "Đồ uống",
    ]
    assert tiles[0].select_one("img")["src"].endswith(".webp")  # the chosen Wagtail picture
    assert tiles[1].select_one("img")  # a picture of a product below the category
    assert not tiles[1].select(".category-tile__initial")


def test_a_category_tiles_picture_is_kept_until_it_is_deleted(client, home_page):
    coffee = ProductFactory(categories=["Cà phê"])
    photo = product_photo(coffee)
    block = {"heading": "Danh mục", "categories": [coffee.categories.get()], "images": []}
    publish(home_page, [("featured_categories", block)])
    assert soup(client.get("/")).select_one("main .category-tile img")

    photo.delete()

    tile = soup(client.get("/")).select_one("main .category-tile")
    assert not tile.select("img")
    assert tile.select(".category-tile__initial")


def test_banner_carousel_offers_webp_and_jpeg_in_several_widths(client, home_page, wagtail_image):
    slide = {
        "image": wagtail_image(),
        "title": "Quà Tết",
        "text": "",
        "link_text": "Xem",
        "link_url": "/bo-suu-tap/",
    }
    publish(home_page, [("hero_carousel", {"slides": [slide, {**slide, "title": "OCOP"}]})])

    html = soup(client.get("/"))

    slides = html.select("main .hero-carousel__slide")
    assert [s.select_one(".hero-carousel__title").get_text() for s in slides] == ["Quà Tết", "OCOP"]
    picture = slides[0].select_one("picture")
    sources = {source["type"]: source["srcset"] for source in picture.select("source")}
    assert "image/webp" in sources and sources["image/webp"].count("w,") == 1
    img = picture.select_one("img")
    assert ".jpg" in img["srcset"] and img["sizes"] == "100vw"
    assert img["width"] and img["height"]
    assert slides[1].select_one("img")["loading"] == "lazy"


def test_news_teasers_and_rich_text(client, home_page):
    news_index = home_page.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    for day in (1, 2):
        news_index.add_child(
            instance=NewsPage(title=f"Tin {day}", slug=f"tin-{day}", intro="…", body="<p>x</p>")
        )
    publish(
        home_page,
        [
            ("news_teasers", {"heading": "Tin mới", "count": 1}),
            ("text", RichText("<h2>Vì sao chọn chúng tôi</h2><p>Hàng thật.</p>")),
        ],
    )

    html = soup(client.get("/"))

    assert len(html.select("main .news-card")) == 1
    assert html.select_one("main .rich-text h2").get_text() == "Vì sao chọn chúng tôi"


@pytest.mark.usefixtures("page_cache_off")
def test_home_page_query_count_is_the_same_for_4_and_40_featured_cards(client, home_page):
    cooperative = CooperativeFactory()

    def queries_with(count: int) -> int:
        products = [
            ProductFactory(cooperative=cooperative, stockrecord__price=Decimal("90000"))
            for _ in range(count)
        ]
        for product in products:
            product_photo(product, size=60)
        publish(
            home_page,
            [
                featured(products),
                featured([], source=ProductRule.NEWEST, limit=count),
                ("featured_cooperatives", {"heading": "HTX", "cooperatives": [cooperative]}),
            ],
        )
        client.get("/")  # thumbnails and cached settings are made on the first view
        with CaptureQueriesContext(connection) as queries:
            html = soup(client.get("/"))
        assert len(html.select("main .product-card")) == 2 * count
        return len(queries)

    assert queries_with(4) == queries_with(40)
