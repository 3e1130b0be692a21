"""localstripe for the tests: one server per test process, started by the suite itself.

Registered in tests/conftest.py (pytest_plugins), so tests/payments and tests/e2e share it.
"""

import contextlib
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from decimal import Decimal
from pathlib import Path

import pytest
import stripe
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from oscar.apps.order.utils import OrderNumberGenerator
from oscar.apps.partner.strategy import Selector
from oscar.apps.shipping.methods import Free
from oscar.core.loading import get_class, get_model
from oscar.test.factories import create_order

from tests.factories import ProductFactory

ROOT = Path(__file__).resolve().parent.parent.parent
Basket = get_model("basket", "Basket")
Source = get_model("payment", "Source")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
PaymentDetailsView = get_class("checkout.views", "PaymentDetailsView")

SECRET_KEY = "sk_test_chohtx"
PUBLISHABLE_KEY = "pk_test_chohtx"
WEBHOOK_SECRET = "whsec_chohtx_test"
WEBHOOK_ID = "chohtx"
NOWHERE = "http://127.0.0.1:9/"  # the discard port: nothing listens, deliveries fail at once


def _call(base: str, method: str, path: str, data: dict | None = None) -> None:
    body = urllib.parse.urlencode(data or {}, doseq=True).encode() if data else None
    request = urllib.request.Request(base + path, data=body, method=method)
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 200, response.read()


@pytest.fixture(scope="session")
def localstripe_url(tmp_path_factory):
    """The base URL of this test process's own localstripe server (loopback, a free port)."""
    storage = tmp_path_factory.mktemp("localstripe") / "store.pickle"
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "localstripe_server.py"), "--storage", storage],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("listening on "), f"localstripe did not start: {line!r}"
        yield f"http://127.0.0.1:{int(line.split()[-1])}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def stripe_server(localstripe_url, settings):
    """Stripe switched on against a wiped localstripe."""
    _call(localstripe_url, "DELETE", "/_config/data")
    settings.STRIPE_SECRET_KEY = SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = PUBLISHABLE_KEY
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_API_BASE = localstripe_url
    settings.STRIPE_JS_URL = f"{localstripe_url}/js.stripe.com/v3/"
    return localstripe_url


@pytest.fixture
def stripe_webhooks(stripe_server, live_server):
    """localstripe delivers its payment events, signed, to this test's live server."""
    _call(
        stripe_server,
        "POST",
        f"/_config/webhooks/{WEBHOOK_ID}",
        {
            "url": f"{live_server.url}/payments/stripe/webhook/",
            "secret": WEBHOOK_SECRET,
            "events[]": ["payment_intent.succeeded", "payment_intent.payment_failed"],
        },
    )
    yield stripe_server
    _call(
        stripe_server,
        "POST",
        f"/_config/webhooks/{WEBHOOK_ID}",
        {"url": NOWHERE, "secret": WEBHOOK_SECRET},
    )


@contextlib.contextmanager
def payment_committed(*, reference: str):
    """Yields a threading.Event set once money is debited on the source with this reference
    (a PaymentIntent id) and committed, whichever thread (the live server's) records it."""
    recorded = threading.Event()

    def receiver(sender, instance, **kwargs):
        if instance.reference == reference and instance.amount_debited > 0:
            transaction.on_commit(recorded.set)

    post_save.connect(receiver, sender=Source, weak=False)
    try:
        yield recorded
    finally:
        post_save.disconnect(receiver, sender=Source)


def place_order(*, method, user=None, price=Decimal("125000"), quantity=1):
    """An order placed the way Oscar's checkout does: handle_payment, then the order, then
    its payment sources and events (Oscar's own PaymentDetailsView and OrderCreator)."""
    product = ProductFactory(stockrecord__price=price)
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy()
    basket.add_product(product, quantity=quantity)
    shipping = Free()
    total = OrderTotalCalculator().calculate(basket, shipping.calculate(basket))
    number = OrderNumberGenerator().order_number(basket)
    view = PaymentDetailsView()
    method.handle_payment(view=view, order_number=number, total=total)
    order = create_order(
        number=number, basket=basket, user=user, shipping_method=shipping, total=total
    )
    view.save_payment_details(order)
    return order


def stripe_js_pays(*, intent_id: str, card_number: str) -> None:
    """What Stripe.js does on confirmCardPayment: a PaymentMethod from the card, then confirm.

    Through the official library; raises stripe.CardError for a declined card.
    """
    client = stripe.StripeClient(SECRET_KEY, base_addresses={"api": settings.STRIPE_API_BASE})
    method = client.v1.payment_methods.create(
        params={
            "type": "card",
            "card": {"number": card_number, "exp_month": 12, "exp_year": 2030, "cvc": "123"},
        }
    )
    client.v1.payment_intents.update(intent_id, params={"payment_method": method.id})
    client.v1.payment_intents.confirm(intent_id)
