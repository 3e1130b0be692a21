"""Prices and availability: what the product page, the basket, search and checkout all ask.

A product can be bought only when it is public, its cooperative is approved and not all of its
lots are recalled; otherwise Oscar's stock rules decide as usual.
"""

from functools import cached_property

from oscar.apps.partner import strategy
from oscar.apps.partner.strategy import *  # noqa: F401,F403

from cooperatives.models import Cooperative
from traceability.selectors import product_ids_recalled

from .availability import NotForSale, Recalled


def product_is_sellable(product) -> bool:
    """Public, and offered by an approved cooperative (a variant by its parent's)."""
    owner = product.parent if product.parent_id else product
    if not (product.is_public and owner.is_public) or owner.cooperative_id is None:
        return False
    return owner.cooperative.status == Cooperative.Status.APPROVED


class SellableOnly:
    """Availability mixin for Oscar's Structured strategy: nothing unsellable can be bought, and
    nothing whose lots are all recalled."""

    @cached_property
    def recalled_product_ids(self) -> frozenset[int]:
        return product_ids_recalled()

    def unsellable(self, product):
        if not product_is_sellable(product):
            return NotForSale()
        if {product.pk, product.parent_id} & self.recalled_product_ids:
            return Recalled()
        return None

    def availability_policy(self, product, stockrecord):
        return self.unsellable(product) or super().availability_policy(product, stockrecord)

    def parent_availability_policy(self, product, children_stock):
        return self.unsellable(product) or super().parent_availability_policy(
            product, children_stock
        )


class LineStockRecord:
    """A basket line's price and availability from its own stock record, loaded with the line
    (shop.basket.models.Basket.all_lines), instead of Oscar's query for the product's first."""

    def fetch_for_line(self, line, stockrecord=None):
        if stockrecord is None and line.stockrecord_id is not None:
            stockrecord = line.stockrecord
        return self.fetch_for_product(line.product, stockrecord)


class Default(LineStockRecord, SellableOnly, strategy.Default):
    """Oscar's default strategy (first stock record, stock required, no tax: VND prices are
    what the shopper pays), limited to sellable products."""


class Selector:
    def strategy(self, request=None, user=None, **kwargs):
        return Default(request)
