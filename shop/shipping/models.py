from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_FLAT_FEE = Decimal("30000")


class CooperativeShippingRate(models.Model):
    """What a cooperative charges to deliver its part of an order.

    The flat fee applies everywhere, unless a fee for the cooperative's own province (inner
    region) or for the other provinces (outer region) is set. Parts whose goods reach the free
    shipping threshold ship free.
    """

    partner = models.OneToOneField(
        "partner.Partner",
        on_delete=models.CASCADE,
        related_name="shipping_rate",
        verbose_name=_("Partner"),
    )
    flat_fee = models.DecimalField(
        _("Flat fee"),
        max_digits=12,
        decimal_places=2,
        default=DEFAULT_FLAT_FEE,
        validators=[MinValueValidator(0)],
    )
    free_shipping_threshold = models.DecimalField(
        _("Free shipping from"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Goods worth this much or more ship free. Leave empty for never."),
    )
    inner_region_fee = models.DecimalField(
        _("Fee within the cooperative's province"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty to charge the flat fee."),
    )
    outer_region_fee = models.DecimalField(
        _("Fee to other provinces"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty to charge the flat fee."),
    )
    date_updated = models.DateTimeField(_("Updated"), auto_now=True)

    class Meta:
        verbose_name = _("Shipping rate")
        verbose_name_plural = _("Shipping rates")

    def __str__(self) -> str:
        return str(self.partner)


from oscar.apps.shipping.models import *  # noqa: E402,F401,F403
