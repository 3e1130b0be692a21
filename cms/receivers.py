"""Signal handlers: a saved setting or a (un)published page makes the cached settings stale."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import SiteSettings
from .services import site_settings_cache_clear


@receiver(post_save, sender=SiteSettings, dispatch_uid="cms_settings_saved")
@receiver(post_delete, sender=SiteSettings, dispatch_uid="cms_settings_deleted")
@receiver(page_published, dispatch_uid="cms_page_published")
@receiver(page_unpublished, dispatch_uid="cms_page_unpublished")
def settings_cache_clear(sender, **kwargs):
    site_settings_cache_clear()
