"""Signal handlers: a product saved, moved to another cooperative or deleted changes how many
products its cooperatives have on sale (Cooperative.product_count). Fixture loading (`raw`) is
skipped; bulk writes call the service themselves."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from .services import cooperative_product_counts_refresh

PRODUCT = "catalogue.Product"


@receiver(pre_save, sender=PRODUCT, dispatch_uid="cooperatives_product_saving")
def product_saving(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk is not None:
        instance._cooperative_id_before = (
            sender.objects.filter(pk=instance.pk).values_list("cooperative_id", flat=True).first()
        )


@receiver(post_save, sender=PRODUCT, dispatch_uid="cooperatives_product_saved")
@receiver(post_delete, sender=PRODUCT, dispatch_uid="cooperatives_product_deleted")
def product_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        cooperative_product_counts_refresh(
            cooperative_ids=[
                instance.cooperative_id,
                getattr(instance, "_cooperative_id_before", None),
            ]
        )
