"""The checkout's side of the payments contract: the method registry, paid or not, cancelling
and expiring unpaid bank transfers."""

from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from shop.checkout.selectors import payment_methods_available
from shop.order.selectors import order_is_paid
from shop.order.services import order_cancel, order_expire_unpaid_transfers
from tests.html import soup

from .conftest import basket_add, checkout_to_preview, place_order

Order = get_model("order", "Order")
SourceType = get_model("payment", "SourceType")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


class FakeTransfer:
    """A method as the payments side writes it (duck-typed, no import of shop/)."""

    code = "bank-transfer"
    name = "Chuyển khoản ngân hàng (VietQR)"
    description = "Quét mã VietQR"
    confirmation_template = "tests/orders/transfer_note.html"

    def is_available(self, *, request):
        return True

    def handle_payment(self, *, view, order_number, total, **kwargs):
        from oscar.apps.payment.models import Source

        source_type, _ = SourceType.objects.get_or_create(
            code=self.code, defaults={"name": self.name}
        )
        view.add_payment_source(
            Source(
                source_type=source_type,
                currency=total.currency,
                amount_allocated=total.incl_tax,
                reference=order_number,
            )
        )

    def next_url(self, *, order):
        return f"/payments/card/{order.number}/"


class Hidden(FakeTransfer):
    code = "card"

    def is_available(self, *, request):
        return False


@pytest.fixture
def methods(settings, tmp_path):
    settings.CHECKOUT_PAYMENT_METHODS = [
        "shop.checkout.methods.CashOnDelivery",
        f"{__name__}.FakeTransfer",
        f"{__name__}.Hidden",
    ]
    templates = tmp_path / "tests" / "orders"
    templates.mkdir(parents=True)
    (templates / "transfer_note.html").write_text("Nội dung chuyển khoản: {{ order.number }}")
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]


def test_payment_step_lists_available_methods_with_cod_first_and_chosen(client, methods, rf):
    assert [m.code for m in payment_methods_available(request=rf.get("/"))] == [
        "cod",
        "bank-transfer",
    ]


def test_a_method_s_handle_payment_next_url_and_confirmation_template_are_used(
    client, methods, two_cooperatives, django_capture_on_commit_callbacks, mailoutbox
):
    basket_add(client, two_cooperatives["a"]["product"])
    checkout_to_preview(client)
    client.post(
        reverse("checkout:payment-method"), {"method": "bank-transfer", "privacy_consent": "on"}
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = place_order(client)
    order = Order.objects.get()
    assert response["Location"] == f"/payments/card/{order.number}/"
    assert order.sources.get().source_type.code == "bank-transfer"
    html_mail = mailoutbox[0].alternatives[0][0]
    assert f"Nội dung chuyển khoản: {order.number}" in html_mail
    page = soup(client.get(reverse("checkout:thank-you")))
    assert f"Nội dung chuyển khoản: {order.number}" in page.get_text()


def test_a_hidden_method_cannot_be_chosen(client, methods, two_cooperatives):
    basket_add(client, two_cooperatives["a"]["product"])
    checkout_to_preview(client)
    response = client.post(
        reverse("checkout:payment-method"), {"method": "card", "privacy_consent": "on"}
    )
    assert response.status_code == 200
    assert client.session["checkout_data"]["payment"]["method"] == "cod"


def placed_order(client, two_cooperatives, method="cod"):
    basket_add(client, two_cooperatives["a"]["product"], 2)
    basket_add(client, two_cooperatives["b"]["product"])
    checkout_to_preview(client)
    client.post(reverse("checkout:payment-method"), {"method": method, "privacy_consent": "on"})
    place_order(client)
    return Order.objects.get()


def test_an_order_is_paid_once_its_sources_are_debited_to_the_total(client, two_cooperatives):
    order = placed_order(client, two_cooperatives)
    assert not order_is_paid(order=order)
    source = order.sources.get()
    source.debit(order.total_incl_tax - 1)
    assert not order_is_paid(order=order)
    source.debit(Decimal("1"))
    assert order_is_paid(order=order)


def test_order_cancel_cancels_every_open_part_and_releases_stock(
    client, two_cooperatives, django_capture_on_commit_callbacks, mailoutbox
):
    order = placed_order(client, two_cooperatives)
    with django_capture_on_commit_callbacks(execute=True):
        order_cancel(order=order, reason="Khách yêu cầu hủy")
    order.refresh_from_db()
    assert order.status == "cancelled"
    assert set(order.parts.values_list("status", flat=True)) == {"cancelled"}
    assert not StockRecord.objects.filter(num_allocated__gt=0).exists()
    assert len([m for m in mailoutbox if m.to == ["khach@example.com"]]) == 2  # one per part


def test_unpaid_transfers_expire_after_the_configured_hours(
    client, methods, two_cooperatives, settings
):
    settings.BANK_TRANSFER_PAYMENT_HOURS = 48
    order = placed_order(client, two_cooperatives, method="bank-transfer")
    now = timezone.now()
    assert order_expire_unpaid_transfers(now=now + timedelta(hours=47)) == 0
    output = StringIO()
    Order.objects.filter(pk=order.pk).update(date_placed=now - timedelta(hours=49))
    call_command("expire_unpaid_transfers", stdout=output)
    assert output.getvalue().startswith("1 ")
    order.refresh_from_db()
    assert order.status == "cancelled"
    assert not StockRecord.objects.filter(num_allocated__gt=0).exists()
    assert order_expire_unpaid_transfers(now=now + timedelta(hours=100)) == 0


def test_paid_transfers_and_cod_orders_do_not_expire(client, methods, two_cooperatives):
    order = placed_order(client, two_cooperatives, method="bank-transfer")
    order.sources.get().debit(order.total_incl_tax)
    assert order_expire_unpaid_transfers(now=timezone.now() + timedelta(days=10)) == 0
    order.refresh_from_db()
    assert order.status == "pending"


class Refusing(FakeTransfer):
    code = "card"

    def handle_payment(self, *, view, order_number, total, **kwargs):
        from oscar.apps.payment.exceptions import PaymentError

        raise PaymentError("Thẻ bị từ chối: vui lòng dùng thẻ khác.")


def test_a_payment_error_shows_the_method_s_message_and_places_nothing(
    client, settings, two_cooperatives
):
    settings.CHECKOUT_PAYMENT_METHODS = [
        "shop.checkout.methods.CashOnDelivery",
        f"{__name__}.Refusing",
    ]
    basket_add(client, two_cooperatives["a"]["product"])
    checkout_to_preview(client)
    client.post(reverse("checkout:payment-method"), {"method": "card", "privacy_consent": "on"})
    response = place_order(client)
    assert response.status_code == 200
    assert "Thẻ bị từ chối: vui lòng dùng thẻ khác." in response.content.decode()
    assert Order.objects.count() == 0
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 1
