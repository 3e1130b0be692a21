from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from oscar.apps.catalogue.abstract_models import AbstractProduct

from places.fields import CommuneField, ProvinceField
from places.selectors import commune_name, province_name, province_short_name
from places.validators import check_commune_in_province

from .sanitize import rich_text_clean
from .text import text_from_html


class Certification(models.Model):
    """A quality or origin certificate a product can carry (VietGAP, organic, HACCP …)."""

    code = models.SlugField(_("Code"), max_length=40, unique=True)
    name = models.CharField(_("Name"), max_length=120)
    description = models.TextField(_("Description"), blank=True)

    class Meta:
        app_label = "catalogue"
        ordering = ["name"]
        verbose_name = _("Certification")
        verbose_name_plural = _("Certifications")

    def __str__(self) -> str:
        return self.name


class Product(AbstractProduct):
    """Oscar's product with what an OCOP shopper looks for."""

    OCOP_STAR_CHOICES = [(3, _("3 stars")), (4, _("4 stars")), (5, _("5 stars"))]

    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="products",
        verbose_name=_("Cooperative"),
    )
    ocop_stars = models.PositiveSmallIntegerField(
        _("OCOP rating"),
        choices=OCOP_STAR_CHOICES,
        null=True,
        blank=True,
        db_index=True,
        validators=[MinValueValidator(3), MaxValueValidator(5)],
        help_text=_("Leave empty if the product has no OCOP rating."),
    )
    certifications = models.ManyToManyField(
        Certification, blank=True, related_name="products", verbose_name=_("Certifications")
    )
    origin_province = ProvinceField(_("Province of origin"), null=True, blank=True)
    origin_commune = CommuneField(_("Commune of origin"), null=True, blank=True)
    unit = models.CharField(
        _("Unit"),
        max_length=64,
        blank=True,
        help_text=_("For example: Box 500 g, Bottle 750 ml, Bag 1 kg."),
    )
    shelf_life_days = models.PositiveIntegerField(
        _("Shelf life (days)"), null=True, blank=True, validators=[MinValueValidator(1)]
    )

    class Meta(AbstractProduct.Meta):
        app_label = "catalogue"

    def save(self, *args, **kwargs):
        # Seller-written HTML is cleaned here, so no way of saving a product stores a script.
        self.description = rich_text_clean(self.description)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        check_commune_in_province(
            province_code=self.origin_province,
            commune_code=self.origin_commune,
            commune_field="origin_commune",
        )

    def get_meta_description(self) -> str:
        """Oscar's, but with the description's paragraphs kept apart by a space."""
        if self.meta_description or (self.is_child and self.parent.meta_description):
            return super().get_meta_description()
        return text_from_html(self.description)

    @property
    def origin_province_name(self) -> str:
        return province_name(self.origin_province)

    @property
    def origin_province_short_name(self) -> str:
        return province_short_name(self.origin_province)

    @property
    def origin_commune_name(self) -> str:
        return commune_name(self.origin_commune)

    @property
    def origin(self) -> str:
        return ", ".join(n for n in (self.origin_commune_name, self.origin_province_name) if n)

    @property
    def shelf_life_display(self) -> str:
        days = self.shelf_life_days
        if not days:
            return ""
        if days % 365 == 0:
            years = days // 365
            return ngettext("%(n)d year", "%(n)d years", years) % {"n": years}
        if days % 30 == 0:
            months = days // 30
            return ngettext("%(n)d month", "%(n)d months", months) % {"n": months}
        return ngettext("%(n)d day", "%(n)d days", days) % {"n": days}


from oscar.apps.catalogue.models import *  # noqa: E402,F401,F403
