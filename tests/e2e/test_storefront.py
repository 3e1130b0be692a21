"""Province staff curate the storefront in Wagtail's admin, in a real browser: feature three
products and a cooperative on the home page through the choosers, publish a news article that
links a product, schedule a Tết collection; the storefront then shows all of it."""

import datetime
import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from cms.models import CollectionIndexPage, NewsIndexPage
from cms.roles import GROUP, province_staff_group_ensure
from tests.browser import screenshot
from tests.factories import CooperativeFactory, ProductFactory, UserFactory, site_home_create

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-can-bo-2026"


@pytest.fixture
def storefront():
    """A home page with empty featured blocks, its news and collection indexes, products of two
    cooperatives and a province staff account (the group as the data migration builds it; the
    transactional test flushed the migration's rows; built once the root page exists)."""
    ea_tu = CooperativeFactory(name="HTX Cà phê Ea Tu", slug="htx-ca-phe-ea-tu")
    honey = CooperativeFactory(name="HTX Ong mật Buôn Đôn", slug="htx-ong-mat-buon-don")
    for title, cooperative in (
        ("Cà phê Robusta rang mộc", ea_tu),
        ("Cà phê Arabica Cầu Đất", ea_tu),
        ("Mật ong hoa cà phê", honey),
        ("Phấn hoa Buôn Đôn", honey),
    ):
        ProductFactory(title=title, cooperative=cooperative)
    home = site_home_create(
        title="Chợ HTX",
        slug="cho-htx",
        hero_title="Đặc sản hợp tác xã",
        body=[
            ("featured_products", {"heading": "Cán bộ tỉnh giới thiệu", "products": []}),
            ("featured_cooperatives", {"heading": "Hợp tác xã tiêu biểu", "cooperatives": []}),
        ],
    )
    home.save_revision().publish()
    province_staff_group_ensure(apps=apps)
    news = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    collections = home.add_child(
        instance=CollectionIndexPage(title="Bộ sưu tập", slug="bo-suu-tap")
    )
    staff = UserFactory(email="canbo@example.vn", is_staff=True, password=PASSWORD)
    staff.set_password(PASSWORD)
    staff.save()
    staff.groups.add(Group.objects.get(name=GROUP))
    go_live = timezone.localtime() - datetime.timedelta(minutes=5)
    expiry = timezone.localtime() + datetime.timedelta(days=60)
    return {
        "home_edit": f"/cms-admin/pages/{home.pk}/edit/",
        "news_add": f"/cms-admin/pages/add/cms/newspage/{news.pk}/",
        "collection_add": f"/cms-admin/pages/add/cms/collectionpage/{collections.pk}/",
        "go_live": go_live.strftime("%Y-%m-%d %H:%M"),
        "expiry": expiry.strftime("%Y-%m-%d %H:%M"),
    }


def shot(page, name: str) -> None:
    screenshot(page, f"storefront-{name}")


def choose(page, field, search: str, title: str) -> None:
    """Adds an item to a list of choosers and picks `title` in the chooser modal."""
    field.locator("button[data-streamfield-list-add]").last.click()
    field.locator("button[data-chooser-action-choose]").last.click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill(search)
    modal.locator("a[data-chooser-modal-choice]", has_text=title).click()
    expect(modal).to_be_hidden()
    expect(field.get_by_text(title)).to_be_visible()


def publish(page) -> None:
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-publish]").click()
    expect(page.locator(".messages .success")).to_be_visible()


def test_staff_curate_the_storefront(storefront, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/cms-admin/login/")
    page.fill("#id_username", "canbo@example.vn")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page.locator(".sidebar")).to_be_visible()

    # Feature three products and a cooperative on the home page.
    page.goto(storefront["home_edit"])
    products = page.locator("[data-contentpath=products]").first
    choose(page, products, "ca phe rang", "Cà phê Robusta rang mộc")
    choose(page, products, "arabica", "Cà phê Arabica Cầu Đất")
    choose(page, products, "mat ong", "Mật ong hoa cà phê")
    choose(page, page.locator("[data-contentpath=cooperatives]").first, "ea tu", "HTX Cà phê Ea Tu")
    shot(page, "admin-home")
    publish(page)
    expect(page.locator(".messages .success")).to_contain_text("đã được xuất bản")

    # Publish a news article that links a product.
    page.goto(storefront["news_add"])
    page.fill("#id_title", "Cà phê Ea Tu vào mùa rang mới")
    page.fill("#id_intro", "Hợp tác xã giới thiệu mẻ cà phê rang đầu vụ.")
    page.locator("#id_body").locator("xpath=..").locator("[contenteditable=true]").fill(
        "Mẻ rang đầu tiên của vụ mới đã sẵn sàng."
    )
    related = page.locator("[data-contentpath=related]").first
    related.locator("button[title='Insert a block']").first.click()
    page.get_by_role("option", name=re.compile("Sản phẩm|Product")).first.click()
    related.locator("button[data-chooser-action-choose]").last.click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill("robusta")
    modal.locator("a[data-chooser-modal-choice]", has_text="Cà phê Robusta rang mộc").click()
    expect(modal).to_be_hidden()
    publish(page)

    # Schedule the Tết collection: live from its go-live time until its expiry.
    page.goto(storefront["collection_add"])
    page.fill("#id_title", "Quà Tết từ hợp tác xã")
    page.locator("#id_source").select_option("newest")
    page.locator("[data-side-panel-toggle=status]").click()
    page.get_by_role("button", name=re.compile("Đặt lịch|Set schedule")).first.click()
    dialog = page.locator("#schedule-publishing-dialog")
    dialog.locator("#id_go_live_at").fill(storefront["go_live"])
    dialog.locator("#id_expire_at").fill(storefront["expiry"])
    # The date picker stays open over the dialog's button: click it without the pointer.
    dialog.locator("button[type=submit]").dispatch_event("click")
    publish(page)

    # The storefront shows it all.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    cards = page.locator("main .product-card__title a")
    expect(cards).to_have_text(
        ["Cà phê Robusta rang mộc", "Cà phê Arabica Cầu Đất", "Mật ong hoa cà phê"]
    )
    expect(page.locator("main .coop-card__name a")).to_have_text(["HTX Cà phê Ea Tu"])
    shot(page, "home")

    page.goto("/tin-tuc/")
    page.get_by_role("link", name="Cà phê Ea Tu vào mùa rang mới").click()
    expect(page.locator("main .product-card__title a")).to_have_text(["Cà phê Robusta rang mộc"])
    shot(page, "news")

    page.goto("/bo-suu-tap/")
    page.get_by_role("link", name="Quà Tết từ hợp tác xã").click()
    expect(page.locator("main h1")).to_have_text("Quà Tết từ hợp tác xã")
    expect(page.locator("main .product-card")).to_have_count(4)
    shot(page, "collection")
