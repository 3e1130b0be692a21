"""VietQR bank transfers: the confirmation details, the QR image, staff marking money received."""

import io
from decimal import Decimal

import pytest
import zxingcpp
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from oscar.test.factories import UserFactory
from PIL import Image
from qr_pay import decode

from payments.methods import BankTransfer, Card
from payments.models import BankAccountSetting
from payments.services import transfer_mark_received
from shop.order.services import order_cancel
from tests.payments.fixtures import place_order

pytestmark = pytest.mark.django_db

LIST = "/payments/transfers/"


@pytest.fixture(autouse=True)
def bank_account(settings):
    settings.VIETQR_BANK_BIN = "970436"
    settings.VIETQR_BANK_NAME = "Vietcombank"
    settings.VIETQR_ACCOUNT_NUMBER = "0011001234567"
    settings.VIETQR_ACCOUNT_HOLDER = "CONG TY CHO HTX"


@pytest.fixture
def staff(client):
    user = UserFactory(is_staff=True)
    client.force_login(user)
    return user


def received_url(order):
    return f"/payments/transfers/{order.number}/received/"


def render_confirmation(order, *, request=None):
    context = {"order": order}
    if request is not None:
        context["request"] = request
    return BeautifulSoup(
        render_to_string(BankTransfer.confirmation_template, context, request=request),
        "html.parser",
    )


def test_confirmation_shows_the_qr_and_the_same_details_as_text():
    order = place_order(method=BankTransfer(), price=Decimal("62500"), quantity=2)
    html = render_confirmation(order, request=RequestFactory().get("/"))
    assert html.select_one(".vietqr svg title").text == "Mã VietQR để chuyển khoản"
    details = {
        row.dt.text.strip(): row.dd.text.split("Sao chép")[0].strip()
        for row in html.select(".vietqr__row")
    }
    assert details == {
        "Ngân hàng": "Vietcombank",
        "Số tài khoản": "0011001234567",
        "Chủ tài khoản": "CONG TY CHO HTX",
        "Số tiền": "125.000\xa0₫",
        "Nội dung chuyển khoản": str(order.number),
    }
    copies = [button["data-copy"] for button in html.select("button.vietqr__copy")]
    assert copies == ["0011001234567", "125000", str(order.number)]
    assert not html.find("script", src=False)  # no inline script
    assert html.find("script", src="/static/payments/copy.js").has_attr("defer")


def test_email_gets_a_png_that_decodes_to_the_orders_payload(client):
    order = place_order(method=BankTransfer(), price=Decimal("125000"))
    html = render_confirmation(order)  # e-mails are rendered without a request
    assert not html.select("svg")
    src = html.select_one(".vietqr img")["src"]
    assert src.startswith(f"http://127.0.0.1:8000/payments/transfer/{order.number}/vietqr.png?key=")
    response = client.get(src.removeprefix("http://127.0.0.1:8000"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    (result,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(response.content)))
    fields = decode(result.text)  # napas-qr-python checks the CRC as it decodes
    assert fields["bin_id"] == "970436"
    assert fields["consumer_id"] == "0011001234567"
    assert fields["transaction_amount"] == "125000"
    assert fields["purpose_of_transaction"] == str(order.number)
    assert fields["point_of_initiation_method"] == "12"


def test_qr_image_needs_the_orders_key_and_a_transfer(client, stripe_server):
    order = place_order(method=BankTransfer())
    url = f"/payments/transfer/{order.number}/vietqr.png"
    assert client.get(url).status_code == 404
    assert client.get(url + "?key=100001:forged").status_code == 404
    card_order = place_order(method=Card())
    key = card_order.verification_hash()
    assert (
        client.get(f"/payments/transfer/{card_order.number}/vietqr.png?key={key}").status_code
        == 404
    )


def test_staff_setting_overrides_the_environment():
    BankAccountSetting.objects.create(
        bank_bin="970415",
        bank_name="VietinBank",
        account_number="113366668888",
        account_holder="HTX TAN LAP",
    )
    order = place_order(method=BankTransfer())
    html = render_confirmation(order, request=RequestFactory().get("/"))
    assert "VietinBank" in html.text
    assert "113366668888" in html.text
    assert "0011001234567" not in html.text


def test_setting_validates_bank_details():
    setting = BankAccountSetting(
        bank_bin="VCB", account_number="0011 0012", account_holder="Công ty"
    )
    with pytest.raises(ValidationError) as error:
        setting.full_clean()
    assert set(error.value.message_dict) == {"bank_bin", "account_number", "account_holder"}
    assert "970436" in error.value.message_dict["bank_bin"][0]


def test_staff_see_unpaid_transfers_only(client, staff, stripe_server):
    waiting = place_order(method=BankTransfer(), price=Decimal("125000"))
    received = place_order(method=BankTransfer())
    transfer_mark_received(order=received, received_by=staff)
    by_card = place_order(method=Card())
    page = client.get(LIST)
    assert page.status_code == 200
    numbers = [row.th.text for row in BeautifulSoup(page.content, "html.parser").select("tbody tr")]
    assert numbers == [str(waiting.number)]
    assert str(by_card.number) not in numbers


def test_empty_list_says_so(client, staff):
    assert "Không có chuyển khoản nào đang chờ" in client.get(LIST).content.decode()


def test_money_received_marks_the_order_paid_once(client, staff):
    order = place_order(method=BankTransfer(), price=Decimal("125000"), quantity=2)
    response = client.post(received_url(order), follow=True)
    assert "đã được ghi nhận là đã thanh toán" in response.content.decode()
    source = order.sources.get()
    assert source.amount_debited == Decimal("250000")
    (event,) = order.payment_events.all()
    assert (event.event_type.code, event.event_type.name) == ("paid", "Đã thanh toán")
    assert event.amount == Decimal("250000")
    assert order.notes.get().user == staff

    response = client.post(received_url(order), follow=True)  # a second click changes nothing
    assert "đã được thanh toán từ trước" in response.content.decode()
    source.refresh_from_db()
    assert source.amount_debited == Decimal("250000")
    assert order.payment_events.count() == 1
    assert source.transactions.filter(txn_type="Debit").count() == 1


def test_an_order_not_paid_by_transfer_cannot_be_marked(client, staff, stripe_server):
    order = place_order(method=Card())
    with pytest.raises(ValidationError):
        transfer_mark_received(order=order, received_by=staff)
    response = client.post(received_url(order), follow=True)
    assert "không thanh toán bằng chuyển khoản" in response.content.decode()
    assert not order.payment_events.exists()


def test_anonymous_visitors_go_to_the_login_page(client):
    order = place_order(method=BankTransfer())
    for response in (client.get(LIST), client.post(received_url(order))):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    assert not order.payment_events.exists()


def test_shoppers_are_refused(client):
    order = place_order(method=BankTransfer())
    client.force_login(UserFactory())
    assert client.get(LIST).status_code == 403
    assert client.post(received_url(order)).status_code == 403
    assert not order.payment_events.exists()


def test_transfer_page_is_for_the_buyer_only(client):
    owner = UserFactory()
    order = place_order(method=BankTransfer(), user=owner)
    url = f"/payments/transfer/{order.number}/"
    assert client.get(url).status_code == 404
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(owner)
    page = client.get(url).content.decode()
    assert 'class="vietqr' in page
    assert "0011001234567" in page
    transfer_mark_received(order=order, received_by=UserFactory(is_staff=True))
    page = client.get(url).content.decode()
    assert "Đã thanh toán." in page
    assert 'class="vietqr' not in page


def test_dashboard_menu_links_the_transfers_for_staff_only(client, staff):
    assert 'href="/payments/transfers/"' in client.get("/dashboard/").content.decode()
    seller = UserFactory()
    seller.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    client.force_login(seller)
    page = client.get("/dashboard/")
    assert page.status_code == 200
    assert 'href="/payments/transfers/"' not in page.content.decode()


def test_type_names_are_vietnamese_whatever_the_language_of_the_request():
    with translation.override("en"):
        order = place_order(method=BankTransfer())
        transfer_mark_received(order=order, received_by=UserFactory(is_staff=True))
    assert order.sources.get().source_type.name == "Chuyển khoản ngân hàng"
    assert order.payment_events.get().event_type.name == "Đã thanh toán"


def test_a_cancelled_order_leaves_the_list_and_cannot_be_marked_received(client, staff):
    order = place_order(method=BankTransfer(), price=Decimal("62500"), quantity=1)
    order_cancel(order=order, reason="Quá hạn chuyển khoản")

    assert received_url(order) not in client.get(LIST).content.decode()
    with pytest.raises(ValidationError, match="đã bị hủy"):
        transfer_mark_received(order=order, received_by=staff)
    assert order.sources.get().amount_debited == 0
