"""A lot saved or deleted (a recall, a new harvest) changes which products may be sold: the
cached list is dropped at once, for this transaction, and again after the commit, in case another
request cached the old list in between."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Lot
from .selectors import RECALLED_PRODUCTS_KEY


@receiver(post_save, sender=Lot, dispatch_uid="traceability_lot_saved")
@receiver(post_delete, sender=Lot, dispatch_uid="traceability_lot_deleted")
def lot_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        cache.delete(RECALLED_PRODUCTS_KEY)
        transaction.on_commit(lambda: cache.delete(RECALLED_PRODUCTS_KEY), robust=True)
