from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F401,F403
from oscar.apps.shipping.methods import Base
from oscar.core import prices

from .selectors import basket_groups


class CooperativeDelivery(Base):
    """Each cooperative delivers its own part and charges its own fee; the order's shipping
    charge is their sum. The fees depend on the province delivered to."""

    code = "cooperative-delivery"
    name = _("Delivered by each cooperative")
    description = _("Each cooperative ships its own goods and charges its own fee.")

    def __init__(self, *, province: int | None = None):
        self.province = province

    def charges_by_partner(self, basket) -> dict[int, Decimal]:
        return {
            group.partner.pk: group.shipping_fee
            for group in basket_groups(basket=basket, province=self.province)
        }

    def calculate(self, basket):
        total = sum(self.charges_by_partner(basket).values(), Decimal("0"))
        return prices.Price(currency=basket.currency, excl_tax=total, incl_tax=total)
