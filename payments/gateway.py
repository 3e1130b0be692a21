"""Stripe, through the official library. The only module of the project that imports `stripe`.

Amounts are in VND, a zero-decimal currency for Stripe: 125000 means 125.000 ₫ (never ×100).
"""

import logging
from dataclasses import dataclass, field

import stripe
from django.conf import settings
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

CURRENCY = "vnd"


class GatewayError(Exception):
    """Stripe could not be reached or refused the request; `message` is for the shopper."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class SignatureError(Exception):
    """A webhook whose signature does not verify (or whose body is not an event)."""


@dataclass(frozen=True)
class Intent:
    id: str
    status: str
    amount: int
    currency: str
    client_secret: str = ""
    metadata: dict = field(default_factory=dict)
    error_code: str = ""

    @property
    def succeeded(self) -> bool:
        return self.status == "succeeded"


@dataclass(frozen=True)
class WebhookEvent:
    id: str
    type: str
    intent: Intent | None


def is_configured() -> bool:
    return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_PUBLISHABLE_KEY)


def _client() -> stripe.StripeClient:
    options = {"max_network_retries": 2}
    if settings.STRIPE_API_BASE:
        options["base_addresses"] = {"api": settings.STRIPE_API_BASE}
    return stripe.StripeClient(settings.STRIPE_SECRET_KEY, **options)


def _intent(obj) -> Intent:
    data = obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)
    error = data.get("last_payment_error") or {}
    return Intent(
        id=data["id"],
        status=data["status"],
        amount=int(data["amount"]),
        currency=data["currency"],
        client_secret=data.get("client_secret") or "",
        metadata=dict(data.get("metadata") or {}),
        error_code=error.get("decline_code") or error.get("code") or "",
    )


def intent_create(*, amount: int, order_number: str) -> Intent:
    """A PaymentIntent for a card payment of `amount` VND (an int: VND has no minor unit)."""
    if not isinstance(amount, int) or amount <= 0:
        raise ValueError(f"A VND amount is a positive int, not {amount!r}")
    try:
        obj = _client().v1.payment_intents.create(
            params={
                "amount": amount,
                "currency": CURRENCY,
                "payment_method_types": ["card"],
                "metadata": {"order_number": order_number},
            },
            # A placement retried for the same basket (same number, same total) reuses its
            # intent instead of leaving another one behind.
            options={"idempotency_key": f"order-{order_number}-{amount}"},
        )
    except stripe.StripeError as exc:
        logger.warning("Stripe refused a PaymentIntent for order %s: %s", order_number, exc)
        raise GatewayError(
            _("Card payment is unavailable right now. Please choose another payment method.")
        ) from exc
    return _intent(obj)


def intent_retrieve(*, intent_id: str) -> Intent:
    try:
        return _intent(_client().v1.payment_intents.retrieve(intent_id))
    except stripe.StripeError as exc:
        logger.warning("Could not retrieve PaymentIntent %s: %s", intent_id, exc)
        raise GatewayError(
            _("The card payment service cannot be reached. Please try again in a minute.")
        ) from exc


def webhook_event(*, payload: bytes, signature: str) -> WebhookEvent:
    """The event of a webhook request, once its Stripe-Signature header verifies."""
    try:
        event = stripe.Webhook.construct_event(payload, signature, settings.STRIPE_WEBHOOK_SECRET)
    except (ValueError, stripe.SignatureVerificationError) as exc:
        raise SignatureError(str(exc)) from exc
    obj = event.data.object
    intent = _intent(obj) if getattr(obj, "object", None) == "payment_intent" else None
    return WebhookEvent(id=event.id, type=event.type, intent=intent)


def decline_message(code: str) -> str:
    """What the shopper reads when the card payment failed, in words a person can act on."""
    messages = {
        "insufficient_funds": _("The card has insufficient funds. Use another card."),
        "expired_card": _("The card has expired. Use another card."),
        "incorrect_cvc": _("The security code (CVC) is wrong. Check it and try again."),
        "incorrect_number": _("The card number is wrong. Check it and try again."),
        "processing_error": _("The bank could not process the payment. Please try again."),
        "payment_intent_authentication_failure": _(
            "The card was not verified by your bank (3-D Secure). Try again or use another card."
        ),
    }
    return messages.get(
        code,
        _("Your card was declined. Use another card or choose another payment method."),
    )
