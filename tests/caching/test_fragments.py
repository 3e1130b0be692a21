"""The menu and the footer are cached per language and kind of visitor; a change to what they
show (categories, the site settings, pages) shows on the next request."""

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs

from cms.models import NewsIndexPage, SiteSettings
from tests.factories import UserFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def menu(client) -> list[str]:
    html = soup(client.get("/cooperatives/"))
    return [link.get_text(strip=True) for link in html.select(".main-nav__link")]


def footer(client) -> str:
    return soup(client.get("/cooperatives/")).select_one("footer").get_text(" ", strip=True)


def test_a_new_or_renamed_category_shows_in_the_menu_on_the_next_request(client):
    create_from_breadcrumbs("Đồ uống")
    assert "Đồ uống" in menu(client)
    assert "Đặc sản" not in menu(client)
    create_from_breadcrumbs("Đặc sản")
    assert "Đặc sản" in menu(client)
    category = create_from_breadcrumbs("Đồ uống")
    category.name = "Trà và cà phê"
    category.save()
    assert "Trà và cà phê" in menu(client)


def test_the_site_settings_menu_and_footer_show_on_the_next_request(client, home_page):
    assert "Khuyến mãi" not in menu(client)
    settings = SiteSettings.for_site(home_page.get_site())
    settings.header_menu = [("link", {"label": "Khuyến mãi", "page": None, "url": "/khuyen-mai/"})]
    settings.operator_name = "Công ty Chợ HTX"
    settings.save()
    assert "Khuyến mãi" in menu(client)
    assert "Công ty Chợ HTX" in footer(client)


def test_a_published_news_index_shows_in_the_menu_on_the_next_request(client, home_page):
    assert "Tin tức" not in menu(client)
    news = home_page.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc", live=False))
    news.save_revision().publish()
    assert "Tin tức" in menu(client)


def test_the_language_switch_returns_to_the_page_it_is_on(client):
    client.get("/cooperatives/")
    html = soup(client.get("/cooperatives/?province=66"))
    assert html.select_one('footer input[name="next"]')["value"] == "/cooperatives/?province=66"


def test_signed_in_shoppers_and_guests_get_their_own_footer(client):
    assert "Đăng nhập" in footer(client)
    client.force_login(UserFactory())
    shown = footer(client)
    assert "Đăng xuất" in shown
    assert "Đăng nhập" not in shown
