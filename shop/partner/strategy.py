"""Prices and availability: what the product page, the basket, search and checkout all ask.

A product can be bought only when it is public and its cooperative is approved; otherwise Oscar's
stock rules decide as usual.
"""

from oscar.apps.partner import strategy
from oscar.apps.partner.strategy import *  # noqa: F401,F403

from cooperatives.models import Cooperative

from .availability import NotForSale


def product_is_sellable(product) -> bool:
    """Public, and offered by an approved cooperative (a variant by its parent's)."""
    owner = product.parent if product.parent_id else product
    if not (product.is_public and owner.is_public) or owner.cooperative_id is None:
        return False
    return owner.cooperative.status == Cooperative.Status.APPROVED


class SellableOnly:
    """Availability mixin for Oscar's Structured strategy: nothing unsellable can be bought."""

    def availability_policy(self, product, stockrecord):
        if not product_is_sellable(product):
            return NotForSale()
        return super().availability_policy(product, stockrecord)

    def parent_availability_policy(self, product, children_stock):
        if not product_is_sellable(product):
            return NotForSale()
        return super().parent_availability_policy(product, children_stock)


class Default(SellableOnly, strategy.Default):
    """Oscar's default strategy (first stock record, stock required, no tax: VND prices are
    what the shopper pays), limited to sellable products."""


class Selector:
    def strategy(self, request=None, user=None, **kwargs):
        return Default(request)
