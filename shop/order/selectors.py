"""Reads about orders: paid or not, and which orders and parts a person may see."""

from decimal import Decimal

from django.db.models import Prefetch, Sum
from oscar.core.loading import get_model

from cooperatives.selectors import staff_province_codes

Order = get_model("order", "Order")
OrderPart = get_model("order", "OrderPart")
Line = get_model("order", "Line")
Partner = get_model("partner", "Partner")


def order_is_paid(*, order) -> bool:
    """Paid when the money debited on the order's payment sources reaches its total."""
    debited = order.sources.aggregate(total=Sum("amount_debited"))["total"] or Decimal("0")
    return debited >= order.total_incl_tax


def order_parts_with_lines(*, order, partner=None) -> list:
    """The order's parts (only the partner's one when given), each with `part_lines` loaded."""
    parts = order.parts.select_related("partner__cooperative").prefetch_related("events")
    if partner is not None:
        parts = parts.filter(partner=partner)
    lines = list(order.lines.select_related("product"))
    result = []
    for part in parts:
        part.part_lines = [line for line in lines if line.partner_id == part.partner_id]
        result.append(part)
    return result


def order_list_for_staff(*, user, orders):
    """The orders a province staff member may see: those with a line of a cooperative in one of
    their provinces (every order for the platform admin)."""
    provinces = staff_province_codes(user=user)
    if provinces is None:
        return orders
    return orders.filter(
        pk__in=Line.objects.filter(partner__cooperative__province__in=provinces).values("order")
    )


def partners_for_user(*, user):
    return Partner.objects.filter(users=user)


def order_find_for_guest(*, number: str, email: str):
    """A guest's order by its number and the e-mail it was placed with, or None."""
    number, email = number.strip(), email.strip()
    if not number or not email:
        return None
    return (
        Order.objects.filter(number=number, guest_email__iexact=email, user__isnull=True)
        .prefetch_related(Prefetch("parts", queryset=OrderPart.objects.order_by("id")))
        .first()
    )


def product_received_by(*, product, user) -> bool:
    """The user bought the product (or one of its variants) here and its part was delivered."""
    if not user.is_authenticated:
        return False
    return Line.objects.filter(
        order__user=user,
        status=OrderPart.Status.DELIVERED,
        product__in=[product, *product.children.all()],
    ).exists()
