"""Signal handlers that drop cached HTML when what it shows changes, all in one place.

A product's cards (catalogue.cards) show the product, its variants' and its own stock records
(the strategy's price and availability), its pictures, its cooperative (name, province, status),
its reviews and whether all of its lots are recalled; dropping them drops the cached pages that
show the product too (pagecache). The menu and the footer (catalogue.fragments) show the
category tree, the site settings and links to pages, and every page shows them. Cooperatives'
cards and profiles are on the pages that name COOPERATIVES_TAG. Each change drops the copies at
once, for the rest of this transaction, and again after the commit, in case another request
cached the old HTML in between. Fixture loading (`raw`) is skipped.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from oscar.apps.order.signals import order_placed
from oscar.core.loading import get_model
from wagtail.models import get_page_models
from wagtail.signals import page_published, page_unpublished

from catalogue.cards import cards_invalidate
from catalogue.fragments import fragments_invalidate
from catalogue.models import Category, Product, ProductImage
from cms.models import SiteSettings
from cooperatives.models import Cooperative
from pagecache.dependencies import COOPERATIVES_TAG, pages_changed
from traceability.models import Lot

StockRecord = get_model("partner", "StockRecord")
ProductReview = get_model("reviews", "ProductReview")


def _now_and_after_commit(drop) -> None:
    drop()
    transaction.on_commit(drop, robust=True)


def _cards_drop(product_ids) -> None:
    ids = {pk for pk in product_ids if pk is not None}
    if ids:
        _now_and_after_commit(lambda: cards_invalidate(product_ids=ids))


def _with_parents(product_ids) -> set[int]:
    """The products and the parents of those that are variants: a variant's price and stock
    show on its parent's card."""
    ids = {pk for pk in product_ids if pk is not None}
    parents = Product.objects.filter(pk__in=ids, parent__isnull=False).values_list(
        "parent_id", flat=True
    )
    return ids | set(parents)


def _watch(model, product_ids) -> None:
    """Drops the cards of `product_ids(instance)` whenever a `model` row is saved or deleted."""

    def changed(sender, instance, raw=False, **kwargs):
        if not raw:
            _cards_drop(product_ids(instance))

    for signal, verb in ((post_save, "saved"), (post_delete, "deleted")):
        uid = f"cards_{model._meta.label_lower}_{verb}"
        signal.connect(changed, sender=model, weak=False, dispatch_uid=uid)


_watch(Product, lambda product: [product.pk, product.parent_id])
_watch(StockRecord, lambda stockrecord: _with_parents([stockrecord.product_id]))
_watch(ProductImage, lambda image: [image.product_id])
_watch(Lot, lambda lot: _with_parents([lot.product_id]))
_watch(ProductReview, lambda review: [review.product_id])
_watch(
    Cooperative,
    lambda cooperative: Product.objects.filter(cooperative=cooperative).values_list(
        "pk", flat=True
    ),
)


def cooperative_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        pages_changed([COOPERATIVES_TAG])


post_save.connect(cooperative_changed, sender=Cooperative, dispatch_uid="pages_cooperative_saved")
post_delete.connect(
    cooperative_changed, sender=Cooperative, dispatch_uid="pages_cooperative_deleted"
)


def order_placed_changed(sender, order, **kwargs):
    # Stock allocations changed with the order.
    _cards_drop(_with_parents(order.lines.values_list("product_id", flat=True)))


order_placed.connect(order_placed_changed, dispatch_uid="cards_order_placed")


def fragments_changed(sender, raw=False, created=False, **kwargs):
    # A site's settings row is created, with the defaults, the first time a page asks for it;
    # the fragments rendered before showed those same defaults.
    if not raw and not (created and sender is SiteSettings):
        _now_and_after_commit(fragments_invalidate)


for _model in (Category, SiteSettings):
    post_save.connect(fragments_changed, sender=_model, dispatch_uid=f"fragments_{_model}_saved")
    post_delete.connect(
        fragments_changed, sender=_model, dispatch_uid=f"fragments_{_model}_deleted"
    )
# The home page's category tiles may show a product's picture (cms.selectors).
post_delete.connect(
    fragments_changed, sender=ProductImage, dispatch_uid="fragments_productimage_deleted"
)
page_published.connect(fragments_changed, dispatch_uid="fragments_page_published")
page_unpublished.connect(fragments_changed, dispatch_uid="fragments_page_unpublished")


def live_page_changed(sender, instance, raw=False, **kwargs):
    # A live page saved or deleted without a publication (pages made in code, as the demo's).
    if not raw and instance.live:
        _now_and_after_commit(fragments_invalidate)


for _model in get_page_models():
    post_save.connect(live_page_changed, sender=_model, dispatch_uid=f"pages_{_model}_saved")
    post_delete.connect(live_page_changed, sender=_model, dispatch_uid=f"pages_{_model}_deleted")
