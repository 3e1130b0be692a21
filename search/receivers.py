"""Signal handlers that keep the index true.

A handler never talks to Elasticsearch: it notes which rows changed and, once the transaction
commits, sends them to the worker as one `search.changes_sync` task (nothing is sent for a
transaction that rolls back; a cooperative's products are re-indexed there too, not in the
request). Fixture loading (`raw`) is skipped; `search_reindex` covers it.
"""

import threading
from collections import defaultdict

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from oscar.apps.order.signals import order_placed
from oscar.core.loading import get_model

from catalogue.models import Category, Certification, Product
from cooperatives.models import Cooperative
from ops.tasks import task_send

from .tasks import search_changes_sync

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
        task_send(search_changes_sync, {kind: sorted(ids) for kind, ids in changes.items()})


def note_changed(kind: str, *ids: int | None) -> None:
    _changes.ids[kind].update(pk for pk in ids if pk is not None)
    transaction.on_commit(_flush, robust=True)


def _watch(model, kind: str, ids, *, signals=(post_save, post_delete)) -> None:
    """Notes `ids(instance)` of `kind` whenever a `model` row is saved or deleted."""

    def changed(sender, instance, raw=False, **kwargs):
        if not raw:
            note_changed(kind, *ids(instance))

    for signal in signals:
        verb = "saved" if signal is post_save else "deleted"
        uid = f"search_{model._meta.label_lower}_{verb}"
        signal.connect(changed, sender=model, weak=False, dispatch_uid=uid)


def _stockrecord_products(stockrecord) -> list[int]:
    # The product row may already be gone (a cascade); a variant shows on its parent's document.
    product = Product.objects.filter(pk=stockrecord.product_id).values("pk", "parent_id").first()
    return [product["parent_id"] or product["pk"]] if product else []


# A variant's price and stock show on its parent's document.
_watch(Product, "products", lambda product: [product.parent_id or product.pk])
# Oscar's dashboard saves a product's categories as ProductCategory rows, not through .add().
_watch(ProductCategory, "products", lambda row: [row.product_id])
_watch(StockRecord, "products", _stockrecord_products)
_watch(Cooperative, "cooperatives", lambda cooperative: [cooperative.pk])
_watch(Category, "categories", lambda category: [category.pk], signals=[post_save])
# Its name is searchable on its products' documents; before a delete, the links still exist.
_watch(
    Certification,
    "products",
    lambda certification: certification.products.values_list("pk", flat=True),
    signals=[post_save, pre_delete],
)


@receiver(m2m_changed, sender=ProductCategory, dispatch_uid="search_categories")
@receiver(m2m_changed, sender=Product.certifications.through, dispatch_uid="search_certs")
def product_relations_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:
        note_changed("products", instance.pk)
    elif pk_set:  # certification.products.add(...) and the like
        note_changed("products", *pk_set)


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
