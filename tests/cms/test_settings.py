"""Site settings (operator, hotline, links) shown by the one base layout on Oscar's and Wagtail's
pages, read from the cache (no query per page) and fresh again after a save."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.models import InformationPage, SiteSettings
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_settings(home_page):
    about = home_page.add_child(
        instance=InformationPage(title="Giới thiệu", slug="gioi-thieu", body="x")
    )
    settings = SiteSettings.for_site(home_page.get_site())
    settings.operator_name = "Công ty Cổ phần Chợ Hợp tác xã"
    settings.operator_address = "Số 10 Lê Duẩn, Buôn Ma Thuột, Đắk Lắk"
    settings.operator_tax_number = "6001234567"
    settings.hotline = "1900 6868"
    settings.email = "hotro@cho-htx.vn"
    settings.zalo_url = "https://zalo.me/chohtx"
    settings.moit_badge_url = "https://online.gov.vn/Home/WebDetails/12345"
    settings.header_menu = [("link", {"label": "Quà Tết", "page": None, "url": "/bo-suu-tap/"})]
    settings.footer_columns = [
        (
            "column",
            {"heading": "Về Chợ HTX", "links": [{"label": "Giới thiệu", "page": about, "url": ""}]},
        )
    ]
    settings.save()
    return settings


@pytest.mark.parametrize("url", ["/", "/catalogue/", "/basket/"])
def test_footer_shows_the_operator_on_wagtail_and_oscar_pages(client, site_settings, url):
    html = soup(client.get(url))

    footer = html.select_one("footer.site-footer")
    text = footer.get_text(" ", strip=True)
    assert "Công ty Cổ phần Chợ Hợp tác xã" in text
    assert "6001234567" in text and "Số 10 Lê Duẩn" in text
    assert footer.select_one('a[href="tel:19006868"]').get_text() == "1900 6868"
    assert footer.select_one('a[href="mailto:hotro@cho-htx.vn"]')
    assert footer.select_one('a[href="https://zalo.me/chohtx"]')
    badge = footer.select_one("a.site-footer__moit")
    assert badge["href"] == "https://online.gov.vn/Home/WebDetails/12345"
    assert badge.select_one("img")["alt"]
    assert footer.select_one('a[href="/gioi-thieu/"]').get_text() == "Giới thiệu"
    assert html.select_one('nav.main-nav a[href="/bo-suu-tap/"]').get_text() == "Quà Tết"


def test_the_registration_badge_is_hidden_when_its_address_is_empty(client, home_page):
    html = soup(client.get("/"))

    assert not html.select("footer .site-footer__moit")
    assert not html.select("footer .site-footer__operator")


@pytest.mark.usefixtures("page_cache_off")
def test_settings_cost_no_query_once_cached_and_are_fresh_after_a_save(client, site_settings):
    client.get("/catalogue/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/catalogue/")
    assert not [q for q in queries.captured_queries if "cms_sitesettings" in q["sql"]]

    site_settings.hotline = "1800 1234"
    site_settings.save()

    assert "1800 1234" in soup(client.get("/catalogue/")).select_one("footer").get_text()


def test_staff_edit_the_settings_in_wagtail(staff_client, site_settings, home_page):
    url = reverse("wagtailsettings:edit", args=["cms", "sitesettings", home_page.get_site().pk])

    assert staff_client.get(url).status_code == 200
