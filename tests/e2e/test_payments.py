"""Paying in the browser: a card on localstripe's Element, a VietQR transfer, staff receiving it."""

from decimal import Decimal

import pytest
from oscar.test.factories import UserFactory
from playwright.sync_api import expect

from payments.methods import BankTransfer, Card
from tests.browser import screenshot
from tests.payments.fixtures import place_order, stripe_js_pays

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

THREE_D_SECURE_CARD = "4000002500003155"


@pytest.fixture
def bank_account(settings):
    settings.VIETQR_BANK_BIN = "970436"
    settings.VIETQR_BANK_NAME = "Vietcombank"
    settings.VIETQR_ACCOUNT_NUMBER = "0011001234567"
    settings.VIETQR_ACCOUNT_HOLDER = "CONG TY CHO HTX"


@pytest.fixture
def card_order(stripe_webhooks):
    """A guest's card order whose PaymentIntent already carries the shopper's card.

    Real Stripe.js turns the Element's card into a PaymentMethod inside confirmCardPayment;
    localstripe's stand-in only plays the 3-D Secure step, so the card (one that asks for
    3-D Secure) is attached here, through the official library, and the page does the rest.
    """
    order = place_order(method=Card(), price=Decimal("125000"), quantity=2)
    stripe_js_pays(intent_id=order.sources.get().reference, card_number=THREE_D_SECURE_CARD)
    return {"url": Card().next_url(order=order), "number": str(order.number)}


def test_shopper_pays_by_card_and_sees_the_order_paid(card_order, page):
    page.goto(card_order["url"])
    expect(page.get_by_role("heading", name="Thanh toán bằng thẻ")).to_be_visible()
    expect(page.get_by_text("250.000\xa0₫").first).to_be_visible()
    element = page.locator("#card-element")
    expect(element.locator("input")).to_have_count(5)  # localstripe's Element is mounted
    element.get_by_placeholder("number").fill(THREE_D_SECURE_CARD)
    element.get_by_placeholder("exp_month").fill("12")
    element.get_by_placeholder("exp_year").fill("30")
    element.get_by_placeholder("cvc").fill("123")
    screenshot(page, "card-page")
    page.get_by_role("button", name="Thanh toán 250.000\xa0₫").click()
    page.get_by_role("button", name="Complete authentication").click()  # the bank's 3-D Secure
    expect(page.locator(".alert-success[role=status]")).to_contain_text("Đã thanh toán.")
    expect(page.locator("#card-element")).to_have_count(0)
    screenshot(page, "card-paid")
    page.reload()
    expect(page.locator(".alert-success[role=status]")).to_contain_text("Đã thanh toán.")


@pytest.fixture
def transfer_order(bank_account):
    order = place_order(method=BankTransfer(), price=Decimal("62500"), quantity=2)
    staff = UserFactory(email="canbo@example.vn", is_staff=True)
    return {
        "url": f"/payments/transfer/{order.number}/?key={order.verification_hash()}",
        "number": str(order.number),
        "staff_email": staff.email,
    }


def test_shopper_sees_the_vietqr_and_staff_mark_the_money_received(transfer_order, page):
    page.goto(transfer_order["url"])
    qr = page.locator(".vietqr__code svg")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box["width"] >= 200 and abs(box["width"] - box["height"]) < 1
    details = page.locator(".vietqr__details")
    expect(details).to_contain_text("0011001234567")
    expect(details).to_contain_text("CONG TY CHO HTX")
    expect(details).to_contain_text("125.000\xa0₫")
    expect(details).to_contain_text(transfer_order["number"])
    expect(page.get_by_role("button", name="Sao chép")).to_have_count(3)
    screenshot(page, "transfer-qr")

    page.goto("/payments/transfers/")
    login = page.locator("#login_form")
    login.get_by_label("Địa chỉ email").fill(transfer_order["staff_email"])
    login.get_by_label("Mật khẩu").fill("skelebrain")
    login.get_by_role("button", name="Đăng nhập").click()
    row = page.get_by_role("row").filter(has_text=transfer_order["number"])
    expect(row).to_contain_text("125.000\xa0₫")
    screenshot(page, "transfer-list")
    row.get_by_role("button", name="Đã nhận tiền").click()
    expect(page.get_by_text("đã được ghi nhận là đã thanh toán")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=transfer_order["number"])).to_have_count(0)

    page.goto(transfer_order["url"])
    expect(page.locator(".alert-success[role=status]")).to_contain_text("Đã thanh toán.")


@pytest.fixture
def cms_staff():
    user = UserFactory(
        email="quantri@example.vn", username="quantri", is_staff=True, is_superuser=True
    )
    return {"email": user.email}


def test_staff_set_the_bank_account_in_the_cms_admin(cms_staff, page):
    page.goto("/cms-admin/settings/payments/bankaccountsetting/")
    page.locator("#id_username").fill(cms_staff["email"])
    page.locator("#id_password").fill("skelebrain")
    page.locator("form button[type=submit]").click()
    page.get_by_role("textbox", name="Mã BIN ngân hàng").fill("97041")
    page.get_by_role("textbox", name="Tên ngân hàng").fill("VietinBank")
    page.get_by_role("textbox", name="Số tài khoản").fill("113366668888")
    page.get_by_role("textbox", name="Chủ tài khoản").fill("HTX TAN LAP")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Mã BIN là mã sáu chữ số")).to_be_visible()
    screenshot(page, "bank-account-error")
    page.get_by_role("textbox", name="Mã BIN ngân hàng").fill("970415")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("textbox", name="Số tài khoản")).to_have_value("113366668888")
    expect(page.get_by_text("Mã BIN là mã sáu chữ số")).to_have_count(0)
    screenshot(page, "bank-account-saved")


@pytest.fixture
def card_order_without_stripe_js(stripe_server, settings):
    settings.STRIPE_JS_URL = f"{stripe_server}/no-such-script.js"
    order = place_order(method=Card())
    return {"url": Card().next_url(order=order)}


def test_card_page_says_so_when_stripe_js_does_not_load(card_order_without_stripe_js, page):
    page.goto(card_order_without_stripe_js["url"])
    expect(page.locator("#card-errors")).to_have_text(
        "Không tải được khung nhập thẻ. Vui lòng kiểm tra kết nối mạng rồi tải lại trang."
    )
    expect(page.get_by_role("button", name="Thanh toán 125.000\xa0₫")).to_be_disabled()
