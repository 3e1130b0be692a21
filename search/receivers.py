"""Signal handlers that keep the index true.

A handler never talks to Elasticsearch: it notes which rows changed and asks for
`services.changes_sync` to run once the transaction commits (nothing is sent for a transaction
that rolls back). Fixture loading (`raw`) is skipped; `search_reindex` covers it.
"""

import threading
from collections import defaultdict

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from oscar.apps.order.signals import order_placed
from oscar.core.loading import get_model

from catalogue.models import Category, Product
from cooperatives.models import Cooperative

from .services import changes_sync

ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")


class _Changes(threading.local):
    def __init__(self) -> None:
        self.ids: dict[str, set[int]] = defaultdict(set)


_changes = _Changes()


def _flush() -> None:
    # The first callback after a commit sends everything noted in this thread; the others find
    # nothing left. Rows noted in a transaction that rolled back are sent with the next commit:
    # a sync reads the database, so that only confirms what is already there.
    changes, _changes.ids = _changes.ids, defaultdict(set)
    if changes:
        changes_sync(changes=changes)


def note_changed(kind: str, *ids: int | None) -> None:
    _changes.ids[kind].update(pk for pk in ids if pk is not None)
    transaction.on_commit(_flush, robust=True)


@receiver(post_save, sender=Product, dispatch_uid="search_product_saved")
@receiver(post_delete, sender=Product, dispatch_uid="search_product_deleted")
def product_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    # A variant's price and stock show on its parent's document.
    note_changed("products", instance.parent_id or instance.pk)


@receiver(m2m_changed, sender=ProductCategory, dispatch_uid="search_categories")
@receiver(m2m_changed, sender=Product.certifications.through, dispatch_uid="search_certs")
def product_relations_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:
        note_changed("products", instance.pk)
    elif pk_set:  # certification.products.add(...) and the like
        note_changed("products", *pk_set)


@receiver(post_save, sender=ProductCategory, dispatch_uid="search_product_category_saved")
@receiver(post_delete, sender=ProductCategory, dispatch_uid="search_product_category_deleted")
def product_category_changed(sender, instance, raw=False, **kwargs):
    # Oscar's dashboard saves a product's categories as ProductCategory rows, not through .add().
    if raw:
        return
    note_changed("products", instance.product_id)


@receiver(post_save, sender=StockRecord, dispatch_uid="search_stockrecord_saved")
@receiver(post_delete, sender=StockRecord, dispatch_uid="search_stockrecord_deleted")
def stockrecord_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    product = Product.objects.filter(pk=instance.product_id).values("pk", "parent_id").first()
    if product:
        note_changed("products", product["parent_id"] or product["pk"])


@receiver(post_save, sender=Cooperative, dispatch_uid="search_cooperative_saved")
@receiver(post_delete, sender=Cooperative, dispatch_uid="search_cooperative_deleted")
def cooperative_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    note_changed("cooperatives", instance.pk)


@receiver(post_save, sender=Category, dispatch_uid="search_category_saved")
def category_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    note_changed("categories", instance.pk)


@receiver(pre_delete, sender=Category, dispatch_uid="search_category_deleted")
def category_deleted(sender, instance, **kwargs):
    # Afterwards nothing links the products to it any more: note them now.
    ids = [c.pk for c in instance.get_descendants_and_self()]
    note_changed("categories", *ids)
    note_changed(
        "products", *Product.objects.filter(categories__in=ids).values_list("pk", flat=True)
    )


@receiver(order_placed, dispatch_uid="search_order_placed")
def order_placed_changed(sender, order, **kwargs):
    # Stock allocations and sales counts changed with the order.
    lines = order.lines.values_list("product_id", "product__parent_id")
    note_changed("products", *(parent_id or pk for pk, parent_id in lines))
