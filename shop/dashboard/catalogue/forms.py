from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import forms as oscar_forms

from catalogue.models import Certification, Product
from catalogue.sanitize import rich_text_clean
from cooperatives.forms import CommuneChoiceMixin
from imaging.forms import ImageUploadField

from .mixins import seller_cooperative

OCOP_FIELDS = ["origin_province", "origin_commune", "unit", "shelf_life_days"]


class ProductForm(CommuneChoiceMixin, oscar_forms.ProductForm):
    """Oscar's product form with the OCOP facts.

    For a seller the cooperative is its own (never chosen), the OCOP rating and certifications are
    a claim the province's staff confirm, and publishing is moderation's job (no is_public).
    Staff edit the confirmed values directly.
    """

    province_field = "origin_province"
    commune_field = "origin_commune"

    ocop_stars_claim = forms.TypedChoiceField(
        label=_("OCOP rating (claimed)"),
        choices=[("", _("No OCOP rating")), *Product.OCOP_STAR_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_(
            "As on your OCOP certificate. Shoppers see the rating once the province's staff "
            "confirm it."
        ),
    )
    certifications_claim = forms.ModelMultipleChoiceField(
        label=_("Certifications (claimed)"),
        queryset=Certification.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Shown to shoppers once the province's staff confirm them."),
    )

    class Meta(oscar_forms.ProductForm.Meta):
        fields = [*oscar_forms.ProductForm.Meta.fields, *OCOP_FIELDS]

    def __init__(self, product_class, *args, cooperative=None, claims=None, **kwargs):
        self.cooperative = cooperative
        if cooperative is not None:
            kwargs.setdefault("initial", {}).update(claims or {})
        super().__init__(product_class, *args, **kwargs)
        if cooperative is not None:
            self.instance.cooperative = cooperative
            if self.instance.pk is None:
                self.instance.is_public = False
            self.fields.pop("is_public", None)
        else:
            self.fields.pop("ocop_stars_claim")
            self.fields.pop("certifications_claim")
            for name in ("cooperative", "ocop_stars", "certifications"):
                self.fields[name] = forms.models.fields_for_model(Product, fields=[name])[name]
                self.fields[name].initial = self._instance_value(name)
        if "description" in self.fields:
            self.fields["description"].help_text = _(
                "Bold, italic, lists and links are kept; scripts, styles and embedded frames "
                "are removed."
            )
        if "origin_province" in self.fields:
            self.commune_choices_set()
            # Plain selects (no select2), so static/cooperatives/communes.js can narrow them.
            for name in ("origin_province", "origin_commune"):
                self.fields[name].widget.attrs["class"] = "form-control no-widget-init"

    def _instance_value(self, name):
        if self.instance.pk is None:
            return None
        if name == "certifications":
            return list(self.instance.certifications.all())
        return getattr(self.instance, name)

    def clean_description(self):
        return rich_text_clean(self.cleaned_data.get("description", ""))

    def save(self, *args, **kwargs):
        product = super().save(*args, **kwargs)
        if self.cooperative is None and "certifications" in self.cleaned_data:
            product.cooperative = self.cleaned_data["cooperative"]
            product.ocop_stars = self.cleaned_data["ocop_stars"]
            product.save(update_fields=["cooperative", "ocop_stars"])
            product.certifications.set(self.cleaned_data["certifications"])
        return product

    def claims(self) -> dict:
        """What the seller claims, for the listing's revision."""
        return {
            "ocop_stars": self.cleaned_data.get("ocop_stars_claim"),
            "certifications": [c.pk for c in self.cleaned_data.get("certifications_claim", [])],
        }


class StockRecordForm(oscar_forms.StockRecordForm):
    """A seller's stock record always belongs to its cooperative's partner."""

    def __init__(self, product_class, user, *args, **kwargs):
        super().__init__(product_class, user, *args, **kwargs)
        cooperative = seller_cooperative(user)
        if cooperative is None:
            return
        partner = self.fields["partner"]
        partner.queryset = partner.queryset.model.objects.filter(pk=cooperative.partner_id)
        partner.initial = cooperative.partner_id
        partner.widget = forms.HiddenInput()
        self.fields["price_currency"].widget = forms.HiddenInput()
        self.fields["price_currency"].initial = "VND"


class ProductImageForm(oscar_forms.ProductImageForm):
    """A product picture is checked like a cooperative's logo (by its content, its size in bytes
    and its pixels: a decompression bomb is refused before it is decoded) and stored re-encoded,
    without its EXIF (a phone's GPS position) or other metadata."""

    class Meta(oscar_forms.ProductImageForm.Meta):
        field_classes = {"original": ImageUploadField}
