"""The Content-Security-Policy is enforced on Wagtail's admin, Oscar's dashboard and Django's admin
too: chromium reports no violation and no script error while a staff member opens their screens,
uses the choosers, uploads an image, edits and publishes a page."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Collection

from cms.models import (
    CollectionIndexPage,
    InformationPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
)
from tests.factories import CooperativeFactory, ProductFactory, site_home_create
from tests.html import jpeg

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

STAFF_EMAIL, STAFF_PASSWORD = "quantri@example.com", "mat-khau-quan-tri-2025"


@pytest.fixture
def cms():
    product = ProductFactory(
        title="Mật ong rừng U Minh",
        cooperative=CooperativeFactory(name="HTX Ong mật U Minh"),
        categories=["Thực phẩm > Mật ong"],
    )
    # The root collection, which a transactional test that ran before has flushed.
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    home = site_home_create(title="Chợ HTX", slug="cho-htx", hero_title="Đặc sản hợp tác xã")
    news_index = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    category = NewsCategory.objects.create(name="Mùa vụ", slug="mua-vu")
    news = news_index.add_child(
        instance=NewsPage(
            title="Mùa mật ong", slug="mua-mat-ong", intro="Mật ong vào vụ", body="<p>Vụ mới</p>"
        )
    )
    collections = home.add_child(
        instance=CollectionIndexPage(title="Bộ sưu tập", slug="bo-suu-tap")
    )
    info = home.add_child(
        instance=InformationPage(title="Giới thiệu", slug="gioi-thieu", body="<p>Chúng tôi</p>")
    )
    user = get_user_model().objects.create_superuser("quantri", STAFF_EMAIL, STAFF_PASSWORD)
    return {
        "home": home,
        "news_index": news_index,
        "news": news,
        "info": info,
        "collections": collections,
        "category": category,
        "product": product,
        "user": user,
    }


def sign_in(page) -> None:
    page.goto("/cms-admin/login/")
    page.fill("#id_username", STAFF_EMAIL)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("button[type=submit]")
    expect(page).not_to_have_url(re.compile("/login/"))


def visit(page, urls):
    statuses = {url: page.goto(url, wait_until="networkidle").status for url in urls}
    assert set(statuses.values()) == {200}, statuses


def test_wagtails_admin_screens_break_no_rule(cms, page, browser_guard):
    sign_in(page)
    visit(
        page,
        [
            "/cms-admin/",
            "/cms-admin/pages/",
            f"/cms-admin/pages/{cms['home'].pk}/",
            f"/cms-admin/pages/{cms['home'].pk}/edit/",
            f"/cms-admin/pages/{cms['news'].pk}/edit/",
            f"/cms-admin/pages/add/cms/collectionindexpage/{cms['home'].pk}/",
            f"/cms-admin/pages/add/cms/newspage/{cms['news_index'].pk}/",
            f"/cms-admin/pages/{cms['info'].pk}/edit/",
            f"/cms-admin/pages/add/cms/contactpage/{cms['home'].pk}/",
            "/cms-admin/images/",
            "/cms-admin/images/multiple/add/",
            "/cms-admin/documents/",
            "/cms-admin/documents/multiple/add/",
            "/cms-admin/snippets/",
            "/cms-admin/snippets/cms/newscategory/",
            f"/cms-admin/snippets/cms/newscategory/edit/{cms['category'].pk}/",
            "/cms-admin/settings/cms/sitesettings/",
            "/cms-admin/reports/locked/",
            "/cms-admin/reports/site-history/",
            "/cms-admin/reports/aging-pages/",
            "/cms-admin/users/",
        ],
    )
    page.evaluate("0")  # a round trip delivers what the page reported
    browser_guard.check()


def test_a_page_is_edited_with_an_uploaded_image_and_published(cms, page, browser_guard, tmp_path):
    photo = tmp_path / "mat-ong.jpg"
    photo.write_bytes(jpeg(400, 300))
    sign_in(page)
    page.goto("/cms-admin/images/multiple/add/")
    page.set_input_files("#fileupload", str(photo))
    expect(page.locator(".upload-success")).to_be_visible()

    page.goto(f"/cms-admin/pages/{cms['home'].pk}/edit/")
    page.click("#id_hero_image-chooser [data-chooser-action-choose]")
    page.click(".modal-content a.image-choice")
    expect(page.locator("#id_hero_image-chooser [data-chooser-title]")).to_have_text("mat-ong")
    page.click("[data-w-dropdown-target=toggle] >> nth=-1")
    page.click("button[name=action-publish]")
    expect(page.locator(".messages")).to_contain_text("Chợ HTX")
    page.evaluate("0")  # a round trip delivers what the page reported
    browser_guard.check()


def test_the_date_picker_the_choosers_and_the_inline_forms_start(cms, page, browser_guard):
    sign_in(page)
    page.goto(f"/cms-admin/pages/{cms['news'].pk}/edit/")
    page.click("#id_date")
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)

    page.goto(f"/cms-admin/pages/add/cms/collectionpage/{cms['collections'].pk}/")
    page.click("#id_rule_category-chooser [data-chooser-action-choose]")
    expect(page.locator(".modal-content")).to_contain_text("Mật ong")

    page.goto(f"/cms-admin/pages/add/cms/contactpage/{cms['home'].pk}/")
    page.click("#id_form_fields-ADD")
    expect(page.locator("#id_form_fields-0-label")).to_be_visible()
    page.evaluate("0")  # a round trip delivers what the page reported
    browser_guard.check()
