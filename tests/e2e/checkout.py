"""The guest checkout in a browser, up to the chosen payment method: what every checkout journey
starts with (tests/e2e/test_checkout.py, test_checkout_payments.py)."""

import re

from playwright.sync_api import expect

from places.selectors import commune_name, province_name
from tests.browser import add_to_basket, screenshot
from tests.factories import HA_NOI

COMMUNE = 4  # Phường Ba Đình, Hà Nội


def shot(page, name: str) -> None:
    screenshot(page, f"checkout-{name}")


def guest_checkout(page, market, *, email: str, method: str = "cod", on_page=shot) -> None:
    """Puts one product of each shop in the basket and checks out as the guest `email` with a
    Hà Nội address, paying by `method`; ends on the preview page. `on_page(page, name)` is called
    on each page of the way (by default: a screenshot)."""
    assert commune_name(COMMUNE) and province_name(HA_NOI)
    for index, shop in enumerate(market):
        page.goto(shop["url"])
        on_page(page, f"0-product-{index + 1}")
        add_to_basket(page)

    page.goto("/basket/")
    main = page.locator("main")
    for shop in market:
        expect(main.locator(".coop-group__title", has_text=shop["name"])).to_be_visible()
    on_page(page, "1-basket")
    page.get_by_role("link", name=re.compile("Thanh toán|Tiến hành|checkout", re.I)).first.click()

    page.locator("input[name=username]").fill(email)
    page.locator("input[name=options][value=anonymous]").check()
    on_page(page, "1b-gateway")
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
    on_page(page, "2-address")
    form.locator("button[type=submit]:not([name])").click()

    expect(page.locator("input[name=method][value=cod]")).to_be_checked()
    on_page(page, "3-payment")
    page.locator(f"input[name=method][value={method}]").check()
    consent = page.locator("[name=privacy_consent]")
    expect(consent).not_to_be_checked()
    consent.check()
    page.locator("form.payment-methods [type=submit]").click()
