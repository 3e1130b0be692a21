"""The demo's storefront pages: every page the e-commerce rules require, live and editable,
the contact form, collections, site settings and the home page's workflow; loaded once."""

import pytest
from wagtail.models import WorkflowPage

from cms.models import CollectionPage, ContactPage, InformationPage, SiteSettings
from demo.pages import LEGAL_PAGES, demo_pages_load
from tests.factories import ProductFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

REQUIRED = {
    "quy-che-hoat-dong",
    "kiem-hang-doi-tra-hoan-tien",
    "van-chuyen-thanh-toan",
    "giai-quyet-khieu-nai",
    "chinh-sach-bao-mat",
    "dieu-khoan-su-dung",
    "gioi-thieu",
}


def test_demo_creates_the_required_pages_once(client, home_page):
    ProductFactory(ocop_stars=5)

    count = demo_pages_load(home=home_page)

    assert {item["slug"] for item in LEGAL_PAGES} == REQUIRED
    for slug in REQUIRED:
        page = InformationPage.objects.get(slug=slug)
        assert page.live and len(page.body) > 500
        assert client.get(page.url).status_code == 200
    contact = ContactPage.objects.get()
    assert contact.live and contact.form_fields.count() == 5
    assert CollectionPage.objects.get(slug="ocop-5-sao").live
    tet = CollectionPage.objects.get(slug="qua-tet")
    assert not tet.live and tet.go_live_at and tet.expire_at  # scheduled ahead
    settings = SiteSettings.for_site(home_page.get_site())
    assert settings.operator_name and settings.hotline and settings.operator_tax_number
    assert WorkflowPage.objects.filter(page=home_page).exists()
    footer = soup(client.get("/")).select_one("footer")
    assert footer.select_one('a[href="/chinh-sach-bao-mat/"]')
    assert footer.select_one('a[href="/lien-he/"]')

    assert demo_pages_load(home=home_page) == count
