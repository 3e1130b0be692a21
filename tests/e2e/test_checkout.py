"""The whole order journey in a browser: a guest buys from two cooperatives and pays on
delivery; each cooperative's seller then delivers its own part."""

import re

import pytest
from playwright.sync_api import expect

from .checkout import guest_checkout, shot
from .conftest import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_guest_buys_from_two_cooperatives_and_each_seller_delivers_its_part(
    market, page, open_page
):
    guest_checkout(page, market, email="khach.le@example.com")

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
        seller = open_page(viewport={"width": 1280, "height": 900})
        seller.goto("/accounts/login/")
        seller.locator("#login_form [name=login-username]").fill(shop["seller"])
        seller.locator("#login_form [name=login-password]").fill(PASSWORD)
        seller.locator("#login_form [type=submit]").click()
        seller.goto("/dashboard/orders/")
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
        seller.context.close()
