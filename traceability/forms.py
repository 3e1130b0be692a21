from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from imaging.forms import DocumentUploadField, PhotoUploadField
from imaging.uploads import PICTURE_FORMATS
from places.selectors import commune_choices, province_choices

from .models import Certificate, Lot, Step
from .services import LOT_FIELDS
from .validators import DOCUMENT_INVALID, PHOTO_INVALID


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class GtinForm(forms.Form):
    gtin = forms.CharField(
        label=_("GTIN"),
        required=False,
        max_length=20,
        help_text=_("The number under the barcode. Leave empty if the product has none."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )


class PlaceFieldsMixin:
    """Province → commune: the commune list is the chosen province's (narrowed in the browser by
    static/traceability/places.js, checked here)."""

    def _place_fields(self, province_code: int | None) -> None:
        self.fields["province"] = forms.TypedChoiceField(
            label=_("Province"),
            choices=[("", "—"), *province_choices()],
            coerce=int,
            empty_value=None,
            required=False,
        )
        bound = self.data.get(self.add_prefix("province")) if self.is_bound else None
        if bound and str(bound).isdigit():
            province_code = int(bound)
        communes = commune_choices(province_code=province_code) if province_code else []
        self.fields["commune"] = forms.TypedChoiceField(
            label=_("Commune"),
            choices=[("", "—"), *communes],
            coerce=int,
            empty_value=None,
            required=False,
        )


class LotForm(PlaceFieldsMixin, forms.ModelForm):
    class Meta:
        model = Lot
        fields = ["product", *LOT_FIELDS]
        widgets = {
            "produced_on": DateInput(),
            "expires_on": DateInput(),
            "quantity": forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
            "latitude": forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
            "longitude": forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
        }

    product = forms.ModelChoiceField(label=_("Product"), queryset=None)

    def __init__(self, *args, products, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = products
        self.fields["product"].empty_label = None
        first = products.first()
        self._place_fields(first.origin_province if first else None)
        if not self.is_bound and first:
            self.initial.setdefault("province", first.origin_province)
            self.initial.setdefault("commune", first.origin_commune)
            self.initial.setdefault("produced_on", timezone.localdate())


class StepForm(forms.ModelForm):
    class Meta:
        model = Step
        fields = ["lot", "kind", "date", "text", "photo", "input_used", "waiting_days"]
        widgets = {
            "date": DateInput(),
            "text": forms.Textarea(attrs={"rows": 3}),
            "photo": forms.ClearableFileInput(
                attrs={"accept": "image/*", "capture": "environment"}
            ),
        }
        field_classes = {"photo": PhotoUploadField}
        error_messages = {"photo": {"invalid_image": PHOTO_INVALID, "image_format": PHOTO_INVALID}}

    lot = forms.ModelChoiceField(label=_("Lot"), queryset=None)

    def __init__(self, *args, lots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lot"].queryset = lots
        self.fields["lot"].empty_label = None
        self.fields["lot"].label_from_instance = lambda lot: f"{lot.code} — {lot.product.title}"
        if not self.is_bound:
            self.initial.setdefault("date", timezone.localdate())


class CertificateForm(forms.ModelForm):
    file = DocumentUploadField(
        label=_("File (PDF or photo)"),
        max_bytes=settings.TRACE_DOCUMENT_MAX_BYTES,
        formats=PICTURE_FORMATS,
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/*"}),
        error_messages={"document_format": DOCUMENT_INVALID},
    )

    class Meta:
        model = Certificate
        fields = ["title", "issued_on", "file"]
        widgets = {"issued_on": DateInput()}


class RecallForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the recall"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to everyone who scans the lot's label."),
    )
