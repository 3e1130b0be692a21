"""The Wagtail home page inside the storefront's layout."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ProductFactory
from tests.html import soup

from .conftest import add_news

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_hero_with_its_button(client, home_page):
    html = soup(client.get("/"))

    hero = html.select_one("main .hero")
    assert hero.select_one("h1").get_text(strip=True) == "Đặc sản hợp tác xã, giao tận nhà"
    assert "Sản phẩm OCOP từ khắp cả nước." in hero.get_text()
    button = hero.select_one("a.hero__cta")
    assert (button["href"], button.get_text(strip=True)) == ("/catalogue/", "Khám phá sản phẩm")


def test_hero_image_is_a_webp_rendition_with_its_size_set(client, home_page, wagtail_image):
    home_page.hero_image = wagtail_image()
    home_page.save()

    image = soup(client.get("/")).select_one("main .hero img")

    assert (image["width"], image["height"]) == ("768", "432")
    assert image["src"].endswith(".webp")
    assert len(image["srcset"].split(",")) == 2
    assert image["alt"] == ""


def test_featured_products_show_as_cards_in_the_chosen_order(client, home_page):
    honey = ProductFactory(title="Mật ong hoa cà phê")
    coffee = ProductFactory(title="Cà phê Robusta Ea Tu")
    hidden = ProductFactory(title="Sản phẩm đã ẩn", is_public=False)
    home_page.body = [
        ("featured_products", {"heading": "Sản phẩm nổi bật", "products": [coffee, hidden, honey]})
    ]
    home_page.save()

    section = soup(client.get("/")).select_one("main .home-section")

    assert section.select_one("h2").get_text(strip=True) == "Sản phẩm nổi bật"
    titles = [title.get_text(strip=True) for title in section.select(".product-card h3")]
    assert titles == ["Cà phê Robusta Ea Tu", "Mật ong hoa cà phê"]


def test_featured_categories_and_text_blocks_render(client, home_page):
    coffee = ProductFactory(categories=["Đồ uống > Cà phê"]).categories.get()
    home_page.body = [
        ("featured_categories", {"heading": "Danh mục nổi bật", "categories": [coffee]}),
        ("text", "<h2>Về Chợ HTX</h2><p>Chợ của các hợp tác xã.</p>"),
    ]
    home_page.save()

    sections = soup(client.get("/")).select("main .home-section")

    tile = sections[0].select_one("a.category-tile")
    assert tile["href"] == coffee.get_absolute_url()
    assert tile.select_one(".category-tile__name").get_text() == "Cà phê"
    assert sections[1].select_one("h2").get_text() == "Về Chợ HTX"
    assert "Chợ của các hợp tác xã." in sections[1].get_text()


def test_home_page_lists_the_latest_three_news_articles(client, news_index):
    for day in range(1, 5):
        add_news(news_index, day)

    html = soup(client.get("/"))

    titles = [a.get_text(strip=True) for a in html.select("main .news-card__title a")]
    assert titles == ["Tin ngày 4", "Tin ngày 3", "Tin ngày 2"]
    assert html.select_one("main .section-head__more")["href"] == news_index.url


@pytest.mark.usefixtures("page_cache_off")
def test_latest_news_cards_load_their_images_without_a_query_each(
    client, news_index, wagtail_image
):
    def queries_after_adding(days: range) -> int:
        for day in days:
            add_news(news_index, day, image=wagtail_image())
        client.get("/")  # the first view makes the renditions
        with CaptureQueriesContext(connection) as queries:
            html = soup(client.get("/"))
        assert len(html.select("main .news-card img")) == days.stop - 1
        return len(queries)

    assert queries_after_adding(range(1, 2)) == queries_after_adding(range(2, 4))
