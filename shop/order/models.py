from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.abstract_models import AbstractShippingAddress

from shop.address.models import VietnameseAddressFields


class ShippingAddress(AbstractShippingAddress, VietnameseAddressFields):
    pass


class OrderPart(models.Model):
    """One cooperative's share of an order: its lines (Oscar's lines of its partner), its own
    shipping charge and its own progress.

    Cash a cooperative takes on delivery is recorded here and stays the cooperative's: it is not
    money the platform holds (that is recorded on Oscar's payment sources).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        SHIPPING = "shipping", _("Out for delivery")
        DELIVERED = "delivered", _("Delivered")
        CANCELLED = "cancelled", _("Cancelled")

    # Where each status may go next.
    TRANSITIONS = {
        Status.PENDING: (Status.CONFIRMED, Status.CANCELLED),
        Status.CONFIRMED: (Status.SHIPPING, Status.CANCELLED),
        Status.SHIPPING: (Status.DELIVERED, Status.CANCELLED),
        Status.DELIVERED: (),
        Status.CANCELLED: (),
    }

    order = models.ForeignKey(
        "order.Order", on_delete=models.CASCADE, related_name="parts", verbose_name=_("Order")
    )
    partner = models.ForeignKey(
        "partner.Partner",
        on_delete=models.PROTECT,
        related_name="order_parts",
        verbose_name=_("Partner"),
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    cancel_reason = models.TextField(_("Reason for cancelling"), blank=True)
    shipping_incl_tax = models.DecimalField(
        _("Shipping charge"), max_digits=12, decimal_places=2, default=Decimal("0")
    )
    shipping_excl_tax = models.DecimalField(
        _("Shipping charge (excl. tax)"), max_digits=12, decimal_places=2, default=Decimal("0")
    )
    cod_received = models.DecimalField(
        _("Cash received on delivery"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    cod_received_at = models.DateTimeField(_("Cash received on"), null=True, blank=True)
    date_created = models.DateTimeField(_("Created"), auto_now_add=True)
    date_updated = models.DateTimeField(_("Updated"), auto_now=True)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("Order part")
        verbose_name_plural = _("Order parts")
        constraints = [
            models.UniqueConstraint(fields=["order", "partner"], name="order_part_unique_partner")
        ]

    def __str__(self) -> str:
        return f"{self.order.number} – {self.partner.name}"

    @property
    def lines(self):
        return self.order.lines.filter(partner_id=self.partner_id)

    @property
    def goods_total(self) -> Decimal:
        return sum((line.line_price_incl_tax for line in self.lines), Decimal("0"))

    @property
    def total(self) -> Decimal:
        return self.goods_total + self.shipping_incl_tax

    @property
    def is_open(self) -> bool:
        return bool(self.TRANSITIONS[self.status])

    @property
    def can_be_cancelled_by_shopper(self) -> bool:
        return self.status == self.Status.PENDING

    def next_statuses(self) -> list[str]:
        return list(self.TRANSITIONS[self.status])


class OrderPartEvent(models.Model):
    """One step in a part's progress: the status it moved to, when and by whom."""

    part = models.ForeignKey(
        OrderPart, on_delete=models.CASCADE, related_name="events", verbose_name=_("Order part")
    )
    status = models.CharField(_("Status"), max_length=20, choices=OrderPart.Status.choices)
    note = models.TextField(_("Note"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("By"),
    )
    date_created = models.DateTimeField(_("Date"), auto_now_add=True)

    class Meta:
        ordering = ["part", "date_created", "id"]
        verbose_name = _("Order part event")
        verbose_name_plural = _("Order part events")

    def __str__(self) -> str:
        return f"{self.part} – {self.get_status_display()}"


from oscar.apps.order.models import *  # noqa: E402,F401,F403
