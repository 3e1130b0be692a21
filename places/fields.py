from django.db import models
from django.utils.translation import gettext_lazy as _

from .selectors import province_choices
from .validators import validate_province


class ProvinceField(models.PositiveSmallIntegerField):
    """A province or centrally-run city, stored as its official code."""

    def __init__(self, verbose_name=None, **kwargs):
        kwargs.setdefault("choices", province_choices)
        kwargs.setdefault("validators", [validate_province])
        kwargs.setdefault("db_index", True)
        super().__init__(verbose_name or _("Province"), **kwargs)


class CommuneField(models.PositiveIntegerField):
    """A commune, ward or special zone, stored as its official code.

    Whether it lies in the record's province is checked by the model's clean().
    """

    def __init__(self, verbose_name=None, **kwargs):
        kwargs.setdefault("db_index", True)
        super().__init__(verbose_name or _("Commune"), **kwargs)
