"""Writes about orders and their cooperative parts. Views, the checkout, the dashboard and the
management commands call these."""

import logging
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

from shop.shipping.selectors import basket_groups

from .selectors import order_is_paid

Order = get_model("order", "Order")
OrderPart = get_model("order", "OrderPart")
OrderPartEvent = get_model("order", "OrderPartEvent")
Dispatcher = get_class("communication.utils", "Dispatcher")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")

logger = logging.getLogger("shop.order")

COOPERATIVE_ORDER_PLACED = "COOPERATIVE_ORDER_PLACED"
ORDER_PART_STATUS_CHANGED = "ORDER_PART_STATUS_CHANGED"


def order_parts_create(*, order, basket) -> list:
    """One part per cooperative in the order, each with the shipping fee the basket showed."""
    province = order.shipping_address.province if order.shipping_address_id else None
    parts = []
    for group in basket_groups(basket=basket, province=province):
        part = OrderPart(
            order=order,
            partner=group.partner,
            shipping_incl_tax=group.shipping_fee,
            shipping_excl_tax=group.shipping_fee,
        )
        part.full_clean()
        part.save()
        OrderPartEvent.objects.create(part=part, status=part.status)
        parts.append(part)
    return parts


def _order_status_sync(*, order) -> None:
    """The order's own status follows its parts: cancelled when all are, completed when every
    part still open has been delivered, processing once any part has moved."""
    statuses = set(order.parts.values_list("status", flat=True))
    if statuses == {OrderPart.Status.CANCELLED}:
        status = "cancelled"
    elif statuses <= {OrderPart.Status.DELIVERED, OrderPart.Status.CANCELLED}:
        status = "completed"
    elif statuses == {OrderPart.Status.PENDING}:
        status = "pending"
    else:
        status = "processing"
    if order.status != status:
        Order.objects.filter(pk=order.pk).update(status=status)
        order.status = status


def _status_path(order) -> str:
    if order.user_id:
        return reverse("customer:order", kwargs={"order_number": order.number})
    return reverse(
        "customer:anon-order",
        kwargs={"order_number": order.number, "hash": order.verification_hash()},
    )


def _shopper_notify(*, order, event_code: str, context: dict) -> None:
    context = {"order": order, "status_path": _status_path(order), **context}
    dispatcher = OrderDispatcher(logger=logger)
    messages = dispatcher.dispatcher.get_messages(event_code, context)
    dispatcher.dispatch_order_messages(order, messages, event_code)


@transaction.atomic
def order_part_status_set(*, part, status: str, by=None, reason: str = "") -> OrderPart:
    """Moves a cooperative's part to its next status. Delivering consumes the stock allocated to
    its lines; cancelling releases it. The shopper is told by e-mail."""
    part = OrderPart.objects.select_for_update().select_related("order").get(pk=part.pk)
    if status not in part.TRANSITIONS[part.status]:
        raise ValidationError(
            _("This part is “%(current)s”: it cannot become “%(new)s”.")
            % {
                "current": part.get_status_display(),
                "new": OrderPart.Status(status).label if status in OrderPart.Status else status,
            }
        )
    reason = reason.strip()
    if status == OrderPart.Status.CANCELLED and not reason:
        raise ValidationError(_("Say why the part is cancelled: the shopper reads it."))
    for line in part.lines.select_related("stockrecord", "product__product_class"):
        if status == OrderPart.Status.DELIVERED and line.num_allocated:
            line.consume_allocation(line.num_allocated)
        elif status == OrderPart.Status.CANCELLED and line.num_allocated:
            line.cancel_allocation(line.num_allocated)
        line.set_status(status)
    part.status = status
    if status == OrderPart.Status.CANCELLED:
        part.cancel_reason = reason
    part.save(update_fields=["status", "cancel_reason", "date_updated"])
    OrderPartEvent.objects.create(part=part, status=status, note=reason, user=by)
    _order_status_sync(order=part.order)
    order_id, part_id = part.order_id, part.pk
    transaction.on_commit(lambda: _part_status_notify(order_id=order_id, part_id=part_id))
    return part


def _part_status_notify(*, order_id: int, part_id: int) -> None:
    order = Order.objects.get(pk=order_id)
    part = order.parts.select_related("partner").get(pk=part_id)
    _shopper_notify(order=order, event_code=ORDER_PART_STATUS_CHANGED, context={"part": part})


@transaction.atomic
def order_part_cod_record(*, part, amount: Decimal, by=None) -> OrderPart:
    """The cooperative took this much cash from the shopper when delivering. It is the
    cooperative's money, kept apart from the payments the platform holds."""
    if amount is None or amount < 0:
        raise ValidationError(_("Enter the amount of cash received, 0 or more."))
    part = OrderPart.objects.select_for_update().get(pk=part.pk)
    part.cod_received = amount
    part.cod_received_at = timezone.now()
    part.save(update_fields=["cod_received", "cod_received_at", "date_updated"])
    OrderPartEvent.objects.create(
        part=part,
        status=part.status,
        note=_("Cash received on delivery: %(amount)s ₫") % {"amount": f"{amount:,.0f}"},
        user=by,
    )
    return part


def order_part_cancel_by_shopper(*, part, reason: str, by=None) -> OrderPart:
    """A shopper may cancel a part the cooperative has not confirmed yet."""
    if part.status != OrderPart.Status.PENDING:
        raise ValidationError(
            _("The cooperative has already confirmed this part: contact it to cancel.")
        )
    return order_part_status_set(
        part=part,
        status=OrderPart.Status.CANCELLED,
        by=by,
        reason=reason or _("Cancelled by the shopper."),
    )


@transaction.atomic
def order_cancel(*, order, reason: str, by=None) -> Order:
    """Cancels every part still open, releasing its stock; the shopper is e-mailed per part."""
    for part in order.parts.exclude(
        status__in=[OrderPart.Status.DELIVERED, OrderPart.Status.CANCELLED]
    ):
        order_part_status_set(part=part, status=OrderPart.Status.CANCELLED, by=by, reason=reason)
    order.refresh_from_db(fields=["status"])
    return order


def order_expire_unpaid_transfers(*, now=None) -> int:
    """Cancels bank-transfer orders left unpaid for settings.BANK_TRANSFER_PAYMENT_HOURS;
    returns how many were cancelled."""
    now = now or timezone.now()
    deadline = now - timedelta(hours=settings.BANK_TRANSFER_PAYMENT_HOURS)
    candidates = (
        Order.objects.filter(sources__source_type__code="bank-transfer", date_placed__lt=deadline)
        .exclude(status="cancelled")
        .distinct()
    )
    cancelled = 0
    for order in candidates:
        if order_is_paid(order=order):
            continue
        order_cancel(
            order=order,
            reason=_("The bank transfer did not arrive within %(hours)d hours.")
            % {"hours": settings.BANK_TRANSFER_PAYMENT_HOURS},
        )
        cancelled += 1
    return cancelled


def order_placed_notify(*, order, context: dict) -> None:
    """After the order is committed: the shopper's confirmation (Oscar's ORDER_PLACED) and, to
    each cooperative, a notice with only its own lines and the delivery address."""
    OrderDispatcher(logger=logger).send_order_placed_email_for_user(order, context)
    dispatcher = Dispatcher(logger=logger)
    for part in order.parts.select_related("partner__cooperative"):
        recipients = _cooperative_emails(part.partner)
        if not recipients:
            continue
        messages = dispatcher.get_messages(
            COOPERATIVE_ORDER_PLACED,
            {"order": order, "part": part, "lines": list(part.lines), "request": None},
        )
        for email in recipients:
            dispatcher.dispatch_direct_messages(email, messages)


def _cooperative_emails(partner) -> list[str]:
    emails = [user.email for user in partner.users.all() if user.email]
    cooperative = getattr(partner, "cooperative", None)
    if cooperative is not None and cooperative.email:
        emails.append(cooperative.email)
    return sorted(set(emails))
