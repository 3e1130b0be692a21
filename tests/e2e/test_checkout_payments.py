"""Paying through the checkout in a browser: a guest chooses a VietQR bank transfer and finds the
QR with the exact amount on the confirmation page; another pays by card on the card page the
checkout sends them to (localstripe's Element and 3-D Secure)."""

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from oscar.core.loading import get_model
from playwright.sync_api import expect

from tests.payments.fixtures import stripe_js_pays

from .checkout import guest_checkout, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

Order = get_model("order", "Order")
THREE_D_SECURE_CARD = "4000002500003155"


def order_of(email: str):
    """The guest's order, read in another thread: Playwright's loop runs in this one (see
    tests/browser.py), where Django allows no query."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(
            lambda: Order.objects.prefetch_related("sources").get(guest_email=email)
        ).result()


def test_guest_pays_by_vietqr_transfer(market, page, settings):
    settings.VIETQR_BANK_BIN = "970436"
    settings.VIETQR_BANK_NAME = "Vietcombank"
    settings.VIETQR_ACCOUNT_NUMBER = "0011001234567"
    settings.VIETQR_ACCOUNT_HOLDER = "CONG TY CHO HTX"

    guest_checkout(page, market, email="khach.ck@example.com", method="bank-transfer")
    page.locator("#place-order").click()

    expect(page).to_have_url(re.compile(r"/checkout/thank-you/$"))
    qr = page.locator("main .vietqr")
    expect(qr.locator("svg")).to_be_visible()
    expect(qr).to_contain_text("0011001234567")
    expect(qr).to_contain_text("Vietcombank")
    order = order_of("khach.ck@example.com")
    expect(qr).to_contain_text(str(order.number))
    expect(qr).to_contain_text(f"{int(order.total_incl_tax):,}".replace(",", "."))
    expect(page.locator("main .order-part")).to_have_count(2)
    shot(page, "vietqr-thank-you")


def test_guest_pays_by_card_on_the_page_the_checkout_sends_them_to(market, page, stripe_webhooks):
    guest_checkout(page, market, email="khach.the@example.com", method="card")
    page.locator("#place-order").click()

    expect(page).to_have_url(re.compile(r"/payments/card/\d+/"))
    expect(page.get_by_role("heading", name="Thanh toán bằng thẻ")).to_be_visible()
    order = order_of("khach.the@example.com")
    # localstripe's Stripe.js stand-in ignores the typed card (see tests/e2e/test_payments.py):
    # the card goes onto the PaymentIntent through the official library, the page does the rest.
    stripe_js_pays(intent_id=order.sources.all()[0].reference, card_number=THREE_D_SECURE_CARD)
    element = page.locator("#card-element")
    expect(element.locator("input")).to_have_count(5)
    element.get_by_placeholder("number").fill(THREE_D_SECURE_CARD)
    element.get_by_placeholder("exp_month").fill("12")
    element.get_by_placeholder("exp_year").fill("30")
    element.get_by_placeholder("cvc").fill("123")
    page.get_by_role("button", name=re.compile("Thanh toán")).last.click()
    page.get_by_role("button", name="Complete authentication").click()
    expect(page.locator(".alert-success[role=status]")).to_contain_text("Đã thanh toán.")
    shot(page, "card-paid")
