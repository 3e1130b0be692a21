from django.db import models
from django.utils.translation import gettext_lazy as _


class Rendition(models.Model):
    """The renditions made of one stored file, whichever rows share it (the demo's products
    share a picture per kind): {spec: {"width", "height", "files": [{"width", format: name}]}},
    files from the narrowest."""

    source = models.CharField(_("Source file"), max_length=255, unique=True)
    specs = models.JSONField(_("Renditions"), default=dict)
    updated_at = models.DateTimeField(_("Updated"), auto_now=True)

    class Meta:
        verbose_name = _("Image renditions")
        verbose_name_plural = _("Image renditions")

    def __str__(self) -> str:
        return self.source
