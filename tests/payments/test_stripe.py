"""Card payments: the official stripe library against localstripe, webhooks signed for real."""

import hashlib
import hmac
import json
import time
from decimal import Decimal

import pytest
import stripe
from oscar.test.factories import UserFactory

from payments.methods import Card
from payments.models import StripeEvent
from tests.payments.fixtures import (
    SECRET_KEY,
    WEBHOOK_SECRET,
    payment_committed,
    place_order,
    stripe_js_pays,
)

WEBHOOK = "/payments/stripe/webhook/"
PLAIN_CARD = "4242424242424242"
DECLINED_CARD = "4000000000000341"  # attaches, then its charge is declined
THREE_D_SECURE_CARD = "4000002500003155"


def signature(payload: bytes, *, secret: str = WEBHOOK_SECRET) -> str:
    """The Stripe-Signature header of Stripe's scheme: HMAC-SHA256 of "timestamp.payload"."""
    timestamp = int(time.time())
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def stripe_events(stripe_server, event_type: str) -> list[bytes]:
    """The bodies localstripe sends for its events of this type (as Stripe's API lists them)."""
    client = stripe.StripeClient(SECRET_KEY, base_addresses={"api": stripe_server})
    return [
        json.dumps(event.to_dict()).encode()
        for event in client.v1.events.list().data
        if event.type == event_type
    ]


def post_webhook(client, payload: bytes, header: str):
    return client.post(
        WEBHOOK, data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=header
    )


def paid_events(order):
    return order.payment_events.filter(event_type__code="paid")


@pytest.mark.django_db(transaction=True)
def test_localstripe_webhook_marks_the_order_paid(stripe_webhooks):
    order = place_order(method=Card(), price=Decimal("125000"), quantity=3)
    source = order.sources.get()
    with payment_committed(reference=source.reference) as recorded:
        stripe_js_pays(intent_id=source.reference, card_number=PLAIN_CARD)
        assert recorded.wait(timeout=15), "localstripe's webhook never marked the order paid"
    source.refresh_from_db()
    assert source.amount_debited == Decimal("375000")
    event = paid_events(order).get()
    assert event.amount == Decimal("375000")
    assert event.reference == source.reference
    assert [q.quantity for q in event.line_quantities.all()] == [3]


@pytest.mark.django_db
def test_replayed_and_repeated_webhooks_pay_once(client, stripe_server):
    order = place_order(method=Card(), price=Decimal("90000"))
    source = order.sources.get()
    stripe_js_pays(intent_id=source.reference, card_number=PLAIN_CARD)
    (payload,) = stripe_events(stripe_server, "payment_intent.succeeded")

    for _ in range(3):  # Stripe retries: the very same event, again and again
        assert post_webhook(client, payload, signature(payload)).status_code == 200
    # Another event for the same intent (delivered out of order, or a second endpoint)
    other = json.loads(payload)
    other["id"] = "evt_another_delivery"
    other = json.dumps(other).encode()
    assert post_webhook(client, other, signature(other)).status_code == 200

    source.refresh_from_db()
    assert source.amount_debited == Decimal("90000")
    assert source.transactions.filter(txn_type="Debit").count() == 1
    assert paid_events(order).count() == 1
    assert StripeEvent.objects.count() == 2


@pytest.mark.django_db
def test_forged_signature_gets_400_and_changes_nothing(client, stripe_server):
    order = place_order(method=Card())
    stripe_js_pays(intent_id=order.sources.get().reference, card_number=PLAIN_CARD)
    (payload,) = stripe_events(stripe_server, "payment_intent.succeeded")

    forged = signature(payload, secret="whsec_someone_else")
    assert post_webhook(client, payload, forged).status_code == 400
    assert post_webhook(client, payload, "").status_code == 400
    tampered = payload.replace(b'"succeeded"', b'"succeeded" ', 1)
    assert post_webhook(client, tampered, signature(payload)).status_code == 400
    assert not paid_events(order).exists()
    assert not StripeEvent.objects.exists()


@pytest.mark.django_db
def test_a_failed_payment_event_marks_nothing(client, stripe_server):
    order = place_order(method=Card())
    with pytest.raises(stripe.CardError):
        stripe_js_pays(intent_id=order.sources.get().reference, card_number=DECLINED_CARD)
    (payload,) = stripe_events(stripe_server, "payment_intent.payment_failed")
    assert post_webhook(client, payload, signature(payload)).status_code == 200
    assert not paid_events(order).exists()
    assert order.sources.get().amount_debited == 0


@pytest.mark.django_db
def test_an_intent_for_another_amount_is_not_taken_as_payment(client, stripe_server):
    order = place_order(method=Card(), price=Decimal("125000"))
    stripe_js_pays(intent_id=order.sources.get().reference, card_number=PLAIN_CARD)
    (payload,) = stripe_events(stripe_server, "payment_intent.succeeded")
    event = json.loads(payload)
    event["data"]["object"]["amount"] = 12500000  # what a ×100 mistake would have charged
    payload = json.dumps(event).encode()
    assert post_webhook(client, payload, signature(payload)).status_code == 200
    assert not paid_events(order).exists()


@pytest.mark.django_db
def test_guest_buyer_sees_the_card_element_page(client, stripe_server):
    order = place_order(method=Card(), price=Decimal("125000"))
    response = client.get(Card().next_url(order=order))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="card-element"' in page
    assert f'src="{stripe_server}/js.stripe.com/v3/"' in page
    assert 'data-client-secret="pi_' in page
    assert "125.000\xa0₫" in page
    assert 'src="/static/payments/card.js" defer' in page


@pytest.mark.django_db
def test_card_page_is_404_for_anyone_but_the_buyer(client, stripe_server):
    owner = UserFactory()
    order = place_order(method=Card(), user=owner)
    url = f"/payments/card/{order.number}/"
    assert client.get(url).status_code == 404  # anonymous
    with_key = client.get(Card().next_url(order=order))  # the buyer's e-mail link, signed out
    assert with_key.status_code == 302
    assert with_key["Location"].startswith("/accounts/login/?next=")
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404  # another shopper
    assert client.get(Card().next_url(order=order)).status_code == 404  # even with the key
    client.force_login(owner)
    assert client.get(url).status_code == 200
    assert client.get("/payments/card/999999/").status_code == 404


@pytest.mark.django_db
def test_guest_order_page_needs_the_session_or_the_key(client, stripe_server):
    order = place_order(method=Card())
    url = f"/payments/card/{order.number}/"
    assert client.get(url).status_code == 404
    assert client.get(url + "?key=forged").status_code == 404
    session = client.session
    session["checkout_order_id"] = order.pk
    session.save()
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_decline_shows_a_vietnamese_message(client, stripe_server):
    order = place_order(method=Card())
    with pytest.raises(stripe.CardError):
        stripe_js_pays(intent_id=order.sources.get().reference, card_number=DECLINED_CARD)
    page = client.get(Card().next_url(order=order)).content.decode()
    assert "Thẻ của bạn bị từ chối" in page
    assert 'id="card-element"' in page  # the shopper can try another card
    assert not paid_events(order).exists()


@pytest.mark.django_db
def test_three_d_secure_waits_for_the_shopper(client, stripe_server):
    order = place_order(method=Card())
    intent_id = order.sources.get().reference
    stripe_js_pays(intent_id=intent_id, card_number=THREE_D_SECURE_CARD)
    client_api = stripe.StripeClient(SECRET_KEY, base_addresses={"api": stripe_server})
    assert client_api.v1.payment_intents.retrieve(intent_id).status == "requires_action"
    page = client.get(Card().next_url(order=order)).content.decode()
    assert 'id="card-element"' in page
    assert not paid_events(order).exists()


@pytest.mark.django_db
def test_return_to_the_card_page_records_a_succeeded_payment(client, stripe_server):
    """Without waiting for the webhook: the page asks Stripe and records the payment once."""
    order = place_order(method=Card(), price=Decimal("250000"))
    stripe_js_pays(intent_id=order.sources.get().reference, card_number=PLAIN_CARD)
    url = Card().next_url(order=order)
    for _ in range(2):
        page = client.get(url).content.decode()
        assert "Đã thanh toán." in page
        assert 'id="card-element"' not in page
    assert paid_events(order).get().amount == Decimal("250000")


@pytest.mark.django_db
def test_a_cancelled_intent_offers_no_card_form(client, stripe_server):
    order = place_order(method=Card())
    client_api = stripe.StripeClient(SECRET_KEY, base_addresses={"api": stripe_server})
    client_api.v1.payment_intents.cancel(order.sources.get().reference)
    page = client.get(Card().next_url(order=order)).content.decode()
    assert "Khoản thanh toán thẻ này đã bị hủy" in page
    assert 'id="card-element"' not in page
