"""BankTransfer and Card as the checkout calls them (the duck-typed payment method contract)."""

from decimal import Decimal

import pytest
from django.test import RequestFactory
from django.utils.module_loading import import_string
from oscar.apps.payment.exceptions import PaymentError
from oscar.core.prices import Price

from payments.methods import BankTransfer, Card
from tests.payments.fixtures import place_order

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank_account(settings):
    settings.VIETQR_BANK_BIN = "970436"
    settings.VIETQR_BANK_NAME = "Vietcombank"
    settings.VIETQR_ACCOUNT_NUMBER = "0011001234567"
    settings.VIETQR_ACCOUNT_HOLDER = "CONG TY CHO HTX"


def test_methods_load_from_the_setting(settings):
    loaded = [import_string(path)() for path in settings.CHECKOUT_PAYMENT_METHODS[1:]]
    assert [method.code for method in loaded] == ["bank-transfer", "card"]
    for method in loaded:
        assert str(method.name) and str(method.description)


def test_bank_transfer_needs_a_complete_account(settings, bank_account):
    request = RequestFactory().get("/")
    assert BankTransfer().is_available(request=request)
    settings.VIETQR_ACCOUNT_NUMBER = ""
    assert not BankTransfer().is_available(request=request)


def test_bank_transfer_places_the_order_unpaid(bank_account):
    order = place_order(method=BankTransfer(), price=Decimal("125000"), quantity=2)
    source = order.sources.get()
    assert source.source_type.code == "bank-transfer"
    assert source.amount_allocated == order.total_incl_tax == Decimal("250000")
    assert source.amount_debited == 0
    assert not order.payment_events.exists()
    assert BankTransfer().next_url(order=order) is None


def test_card_is_hidden_without_stripe_keys(settings):
    settings.STRIPE_SECRET_KEY = ""
    settings.STRIPE_PUBLISHABLE_KEY = ""
    assert not Card().is_available(request=RequestFactory().get("/"))


def test_card_creates_a_vnd_intent_without_multiplying(stripe_server):
    import stripe

    assert Card().is_available(request=RequestFactory().get("/"))
    order = place_order(method=Card(), price=Decimal("125000"))
    source = order.sources.get()
    assert source.source_type.code == "card"
    assert source.reference.startswith("pi_")
    assert source.amount_debited == 0
    client = stripe.StripeClient("sk_test_chohtx", base_addresses={"api": stripe_server})
    intent = client.v1.payment_intents.retrieve(source.reference)
    assert intent.amount == 125000  # 125.000 ₫: VND is zero-decimal, never ×100
    assert intent.currency == "vnd"
    assert intent.status == "requires_payment_method"
    assert intent.metadata.to_dict() == {"order_number": str(order.number)}
    url = Card().next_url(order=order)
    assert url.startswith(f"/payments/card/{order.number}/?key=")


def test_card_refuses_when_stripe_is_unreachable(stripe_server, settings):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"
    view_total = Price("VND", excl_tax=Decimal("125000"), incl_tax=Decimal("125000"))
    with pytest.raises(PaymentError, match="Hiện không thể thanh toán bằng thẻ"):
        Card().handle_payment(view=None, order_number="100001", total=view_total)
