import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from .gateway import CURRENCY, Intent, WebhookEvent
from .models import StripeEvent
from .selectors import BANK_TRANSFER, CANCELLED, CARD

logger = logging.getLogger(__name__)

PaymentEvent = get_model("order", "PaymentEvent")
PaymentEventQuantity = get_model("order", "PaymentEventQuantity")
PaymentEventType = get_model("order", "PaymentEventType")
Source = get_model("payment", "Source")

PAID = "paid"


def _source_mark_paid(*, source, reference: str) -> bool:
    """Debit what is left on a (locked) source and record the order's "paid" event, once."""
    amount = source.amount_allocated - source.amount_debited
    if amount <= 0:
        return False
    source.debit(amount, reference=reference)
    with translation.override(settings.LANGUAGE_CODE):  # "Đã thanh toán", whoever asks
        event_type, _created = PaymentEventType.objects.get_or_create(
            code=PAID, defaults={"name": _("Paid")}
        )
    order = source.order
    event = PaymentEvent.objects.create(
        order=order, event_type=event_type, amount=amount, reference=reference
    )
    PaymentEventQuantity.objects.bulk_create(
        PaymentEventQuantity(event=event, line=line, quantity=line.quantity)
        for line in order.lines.all()
    )
    return True


@transaction.atomic
def transfer_mark_received(*, order, received_by) -> bool:
    """Staff saw the order's bank transfer arrive. True when this call marked it paid."""
    source = (
        Source.objects.select_for_update()
        .select_related("order")
        .filter(order=order, source_type__code=BANK_TRANSFER)
        .first()
    )
    if source is None:
        raise ValidationError(
            _("Order %(number)s is not paid by bank transfer.") % {"number": order.number}
        )
    if source.order.status == CANCELLED:
        raise ValidationError(
            _(
                "Order %(number)s was cancelled: return the money to the buyer instead of "
                "marking it received."
            )
            % {"number": order.number}
        )
    marked = _source_mark_paid(source=source, reference=f"transfer:{received_by.pk}")
    if marked:
        order.notes.create(
            user=received_by,
            note_type="System",
            message=_("Bank transfer received, confirmed by %(name)s.")
            % {"name": received_by.get_full_name() or received_by.email},
        )
    return marked


@transaction.atomic
def card_payment_mark_paid(*, intent: Intent) -> bool:
    """A PaymentIntent succeeded: mark its order paid. True when this call marked it paid.

    Safe to call again for the same intent (webhook replays, the shopper's return to the card
    page): the source row is locked and only what is still owed is debited.
    """
    if not intent.succeeded:
        return False
    source = (
        Source.objects.select_for_update()
        .select_related("order")
        .filter(source_type__code=CARD, reference=intent.id)
        .first()
    )
    if source is None:
        logger.warning("PaymentIntent %s matches no order", intent.id)
        return False
    if intent.currency != CURRENCY or intent.amount != int(source.amount_allocated):
        logger.error(
            "PaymentIntent %s is for %s %s, order %s for %s VND: not marked paid",
            intent.id,
            intent.amount,
            intent.currency,
            source.order.number,
            source.amount_allocated,
        )
        return False
    return _source_mark_paid(source=source, reference=intent.id)


@transaction.atomic
def stripe_event_process(*, event: WebhookEvent) -> bool:
    """Handle a verified webhook event once. False when it had been handled already."""
    _stored, created = StripeEvent.objects.get_or_create(
        event_id=event.id, defaults={"event_type": event.type}
    )
    if not created:
        return False
    if event.type == "payment_intent.succeeded" and event.intent is not None:
        card_payment_mark_paid(intent=event.intent)
    return True
