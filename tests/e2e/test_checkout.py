"""The whole order journey in a browser: a guest buys from two cooperatives and pays on
delivery; each cooperative's seller then delivers its own part."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from cooperatives.services import cooperative_add_seller
from places.selectors import commune_name, province_name
from tests.factories import (
    HA_NOI,
    CooperativeFactory,
    ProductFactory,
    UserFactory,
    country_vietnam,
    site_home_create,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PASSWORD = "mat-khau-nguoi-ban-2025"
COMMUNE = 4  # Phường Ba Đình, Hà Nội


@pytest.fixture
def market():
    country_vietnam()
    site_home_create(title="Chợ HTX", slug="cho-htx", hero_title="Đặc sản hợp tác xã")
    shops = []
    for name, title, price in (
        ("HTX Cà phê Ea Tu", "Cà phê Robusta rang xay", Decimal("125000")),
        ("HTX Mật ong Krông Pắc", "Mật ong hoa cà phê", Decimal("90000")),
    ):
        cooperative = CooperativeFactory(name=name)
        seller = UserFactory(email=f"ban-{cooperative.slug}@example.com")
        seller.set_password(PASSWORD)
        seller.save()
        cooperative_add_seller(cooperative=cooperative, user=seller)
        product = ProductFactory(title=title, cooperative=cooperative, stockrecord__price=price)
        shops.append({"name": name, "seller": seller.email, "url": product.get_absolute_url()})
    return shops


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"checkout-{name}.png", full_page=True)


def test_guest_buys_from_two_cooperatives_and_each_seller_delivers_its_part(market, page):
    assert commune_name(COMMUNE) and province_name(HA_NOI)
    for shop in market:
        page.goto(shop["url"])
        page.locator("main form[action*='/basket/add/'] [type=submit]").first.click()
        page.wait_for_load_state()

    page.goto("/basket/")
    main = page.locator("main")
    for shop in market:
        expect(main.locator(".coop-group__title", has_text=shop["name"])).to_be_visible()
    shot(page, "1-basket")
    page.get_by_role("link", name=re.compile("Thanh toán|Tiến hành|checkout", re.I)).first.click()

    page.locator("input[name=username]").fill("khach.le@example.com")
    page.locator("input[name=options][value=anonymous]").check()
    shot(page, "1b-gateway")
    page.locator("form:has(input[name=options]) [type=submit]").first.click()

    form = page.locator("#new_shipping_address")
    expect(form.locator("[data-communes-refresh]")).to_be_hidden()  # JavaScript narrows instead
    form.locator("[name=first_name]").fill("Lê Thị Hoa")
    form.locator("[name=phone_number]").fill("0912 345 678")
    form.locator("[name=province]").select_option(str(HA_NOI))
    expect(form.locator(f"[name=commune] option[value='{COMMUNE}']")).to_be_attached()
    form.locator("[name=commune]").select_option(str(COMMUNE))
    form.locator("[name=line1]").fill("Số 5 phố Điện Biên Phủ")
    form.locator("[name=notes]").fill("Gọi trước 15 phút")
    shot(page, "2-address")
    form.locator("button[type=submit]:not([name])").click()

    expect(page.locator("input[name=method][value=cod]")).to_be_checked()
    shot(page, "3-payment")
    consent = page.locator("[name=privacy_consent]")
    expect(consent).not_to_be_checked()
    consent.check()
    page.locator("form.payment-methods [type=submit]").click()

    main = page.locator("main")
    expect(main).to_contain_text("Thanh toán khi nhận hàng")
    shot(page, "4-preview")
    page.locator("#place-order").click()

    expect(page).to_have_url(re.compile(r"/checkout/thank-you/$"))
    main = page.locator("main")
    for shop in market:
        expect(main.locator(".order-part", has_text=shop["name"])).to_contain_text("Chờ xác nhận")
    number = re.search(r"\d{6,}", main.locator("h1").inner_text()).group(0)
    shot(page, "5-thank-you")

    page.goto("/orders/lookup/")
    page.locator("form.order-lookup [name=number]").fill(number)
    page.locator("form.order-lookup [name=email]").fill("khach.le@example.com")
    page.locator("form.order-lookup [type=submit]").click()
    expect(page.locator("main .order-part")).to_have_count(2)
    expect(page.locator("main")).to_contain_text("Chưa thanh toán")
    shot(page, "5b-guest-order")

    for index, shop in enumerate(market):
        seller_context = page.context.browser.new_context(
            base_url=page.url.split("/checkout/")[0], locale="vi-VN"
        )
        seller = seller_context.new_page()
        seller.goto("/accounts/login/")
        seller.locator("#login_form [name=login-username]").fill(shop["seller"])
        seller.locator("#login_form [name=login-password]").fill(PASSWORD)
        seller.locator("#login_form [type=submit]").click()
        seller.goto("/dashboard/orders/")
        seller.set_viewport_size({"width": 1280, "height": 900})
        if index == 0:
            shot(seller, "6a-seller-list")
        seller.get_by_role("link", name=number).click()
        body = seller.locator("body")
        expect(body).to_contain_text(shop["name"])
        expect(body).not_to_contain_text(market[1 - index]["name"])
        for status in ("confirmed", "shipping", "delivered"):
            seller.locator("#part-status-form [name=status]").select_option(status)
            seller.locator("#part-status-form [type=submit]").click()
        expect(seller.locator("[data-part-status]")).to_have_attribute(
            "data-part-status", "delivered"
        )
        shot(seller, f"6-seller-{index + 1}")
        seller_context.close()
