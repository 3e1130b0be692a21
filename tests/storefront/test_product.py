"""The product page and the product card."""

from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalogue.models import ProductImage
from tests.factories import CertificationFactory, CooperativeFactory, ProductFactory
from tests.html import jpeg, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def coffee():
    return ProductFactory(
        title="Cà phê Robusta rang mộc",
        cooperative=CooperativeFactory(name="HTX Cà phê Ea Tu", slug="htx-ca-phe-ea-tu"),
        ocop_stars=4,
        unit="Túi 500 g",
        shelf_life_days=365,
        certifications=[CertificationFactory(description="Thực hành nông nghiệp tốt.")],
        categories=["Đồ uống > Cà phê"],
    )


def facts(html) -> dict[str, str]:
    return {
        row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True)
        for row in html.select("main dl.facts > div")
    }


def test_product_page_shows_price_rating_origin_unit_and_certification(client, coffee):
    html = soup(client.get(coffee.get_absolute_url()))

    main = html.select_one("main")
    assert main.select_one("h1").get_text(strip=True) == "Cà phê Robusta rang mộc"
    assert main.select_one(".product-detail__price").get_text(strip=True) == "125.000\xa0₫"
    assert main.select_one(".ocop-badge .ocop-badge__stars").get_text() == "★★★★"
    assert main.select_one(".ocop-badge")["title"] == "OCOP 4 sao"
    assert facts(html) == {
        "Hạng OCOP": "OCOP 4 sao",
        "Xuất xứ": "Phường Buôn Ma Thuột, Đắk Lắk",
        "Quy cách": "Túi 500 g",
        "Hạn sử dụng": "1 năm",
    }
    assert "VietGAP" in main.select_one(".product-detail__badges").get_text()
    assert "Thực hành nông nghiệp tốt." in main.select_one(".cert-list").get_text()


def test_product_page_has_oscar_add_to_basket_form_with_a_quantity(client, coffee):
    html = soup(client.get(coffee.get_absolute_url()))

    form = html.select_one("main form#add_to_basket_form")
    assert form["action"] == reverse("basket:add", kwargs={"pk": coffee.pk})
    assert form["method"] == "post"
    assert html.select_one('label[for="id_quantity"]')
    assert form.select_one('input[name="quantity"]')["type"] == "number"


def test_product_page_links_the_cooperative_and_breadcrumbs_its_category(client, coffee):
    html = soup(client.get(coffee.get_absolute_url()))

    profile = coffee.cooperative.get_absolute_url()
    assert html.select_one(f'main .product-detail__seller a[href="{profile}"]').get_text() == (
        "HTX Cà phê Ea Tu"
    )
    assert html.select_one(f'main .coop-panel a[href="{profile}"]')
    crumbs = [li.get_text(strip=True) for li in html.select("main .breadcrumb li")]
    assert crumbs == ["Trang chủ", "Đồ uống", "Cà phê", "Cà phê Robusta rang mộc"]
    assert html.select_one("main .breadcrumb a")["href"] == "/"


@pytest.mark.usefixtures("page_cache_off")
def test_product_page_reads_the_stock_record_and_the_certifications_once(client, coffee):
    with CaptureQueriesContext(connection) as queries:
        client.get(coffee.get_absolute_url())

    tables = [q["sql"].split(" FROM ", 1)[-1].split()[0] for q in queries.captured_queries]
    assert tables.count('"partner_stockrecord"') == 1
    assert tables.count('"catalogue_certification"') == 1


def test_out_of_stock_product_offers_a_stock_alert_instead_of_the_basket(client):
    product = ProductFactory(stockrecord__num_in_stock=0)

    html = soup(client.get(product.get_absolute_url()))

    assert html.select_one("main .availability").get_text(strip=True) == "Hết hàng"
    assert not html.select_one("main form#add_to_basket_form")
    assert html.select_one("main form#alert_form")


def product_card(client, product):
    html = soup(client.get(product.cooperative.get_absolute_url()))
    return html.select_one("main .product-card")


def test_product_card_shows_name_price_rating_cooperative_and_province(client, coffee):
    card = product_card(client, coffee)

    assert card.select_one("h3 a")["href"] == coffee.get_absolute_url()
    assert card.select_one(".product-card__price").get_text(strip=True) == "125.000\xa0₫"
    assert card.select_one(".ocop-badge")["title"] == "OCOP 4 sao"
    assert card.select_one(".product-card__coop").get_text() == "HTX Cà phê Ea Tu"
    assert card.select_one(".product-card__province").get_text() == "Đắk Lắk"
    form = card.select_one("form")
    assert form["action"] == reverse("basket:add", kwargs={"pk": coffee.pk})
    assert form.select_one('input[name="quantity"]')["value"] == "1"


def test_product_card_of_a_product_out_of_stock_says_so_and_cannot_be_added(client):
    product = ProductFactory(stockrecord__num_in_stock=0, stockrecord__price=Decimal("90000"))

    card = product_card(client, product)

    assert "product-card--unavailable" in card["class"]
    assert card.select_one(".product-card__flag").get_text(strip=True) == "Hết hàng"
    assert card.select_one(".product-card__price").get_text(strip=True) == "90.000\xa0₫"
    assert not card.select_one("form")


def test_product_card_without_image_shows_the_static_placeholder(client, coffee):
    image = product_card(client, coffee).select_one("img")

    assert image["src"] == "/static/img/product-placeholder.svg"
    assert (image["width"], image["height"]) == ("400", "400")


def test_product_card_image_is_a_lazy_webp_thumbnail_with_its_size_set(client, coffee):
    photo = ProductImage(product=coffee, display_order=0)
    photo.original.save("coffee.jpg", ContentFile(jpeg(900, 600)), save=True)

    image = product_card(client, coffee).select_one("img")

    assert image["src"].endswith(".webp")
    assert (image["width"], image["height"]) == ("400", "400")
    assert image["loading"] == "lazy"
    assert image["alt"] == ""
