from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagingConfig(AppConfig):
    """Uploaded pictures and documents: checked by content, re-encoded without their metadata,
    and turned into the renditions (sizes, WebP/AVIF) the templates show.

    A low layer: catalogue, cooperatives and traceability use it; it imports none of them and
    listens to their models by label (specs.SOURCES).
    """

    name = "imaging"
    verbose_name = _("Images")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
