"""The shopper's journey on a phone (390 × 844): from the home page through search, a product, the
basket and the whole guest checkout to the order's own page, nothing on any page of the way sticks
out sideways."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import PHONE, assert_fits

from .checkout import guest_checkout, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def fits(page, name: str) -> None:
    assert_fits(page)
    shot(page, f"phone-{name}")


def test_the_shopper_journey_fits_a_phone(indexed_market, page):
    market = indexed_market
    assert page.viewport_size == PHONE

    page.goto("/")
    fits(page, "home")

    page.locator("#site-search-q").fill("ca phe")
    page.locator("#site-search-q").press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=ca\+phe"))
    expect(page.locator("main .product-card").first).to_be_visible()
    fits(page, "search")

    guest_checkout(page, market, email="khach.dienthoai@example.com", on_page=fits)
    expect(page.locator("#place-order")).to_be_visible()
    fits(page, "4-preview")

    page.locator("#place-order").click()
    expect(page).to_have_url(re.compile(r"/checkout/thank-you/$"))
    fits(page, "5-thank-you")
    number = re.search(r"\d{6,}", page.locator("main h1").inner_text()).group(0)

    page.goto("/orders/lookup/")
    fits(page, "6-lookup")
    page.locator("form.order-lookup [name=number]").fill(number)
    page.locator("form.order-lookup [name=email]").fill("khach.dienthoai@example.com")
    page.locator("form.order-lookup [type=submit]").click()
    expect(page.locator("main .order-part")).to_have_count(2)
    fits(page, "7-order")
