from django.db import transaction
from django.utils.translation import gettext as _
from oscar.apps.order import utils
from oscar.apps.order.utils import *  # noqa: F401,F403
from oscar.core.loading import get_model

from .exceptions import StockUnavailable
from .services import order_parts_create

StockRecord = get_model("partner", "StockRecord")


def stock_lock_for_basket(*, basket) -> None:
    """Locks the basket's stock records (by id, so two baskets never wait on each other in a
    cycle) and checks that each still has the units asked for, counting what other orders have
    allocated. Must run inside the transaction that then allocates."""
    wanted: dict[int, int] = {}
    titles: dict[int, str] = {}
    for line in basket.all_lines():
        if line.stockrecord_id and line.product.get_product_class().track_stock:
            wanted[line.stockrecord_id] = wanted.get(line.stockrecord_id, 0) + line.quantity
            titles[line.stockrecord_id] = line.product.get_title()
    records = StockRecord.objects.select_for_update().filter(pk__in=wanted).order_by("pk")
    problems = []
    for record in records:
        left = max(record.net_stock_level, 0)
        if wanted[record.pk] > left:
            if left:
                problems.append(
                    _("Only %(left)d of “%(title)s” are left: please lower the quantity.")
                    % {"left": left, "title": titles[record.pk]}
                )
            else:
                problems.append(
                    _("“%(title)s” has just sold out: please remove it from your basket.")
                    % {"title": titles[record.pk]}
                )
    if problems:
        raise StockUnavailable(problems)


class OrderCreator(utils.OrderCreator):
    """Oscar's order creator, which also checks stock under row locks before allocating it and
    writes one part per cooperative, all in one transaction."""

    def place_order(self, basket, total, shipping_method, shipping_charge, **kwargs):
        with transaction.atomic():
            stock_lock_for_basket(basket=basket)
            order = super().place_order(basket, total, shipping_method, shipping_charge, **kwargs)
            order_parts_create(order=order, basket=basket)
        return order
