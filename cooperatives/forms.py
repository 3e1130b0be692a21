from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from imaging.forms import DocumentUploadField, ImageUploadField
from places.selectors import commune_choices, province_choices

from .models import Cooperative, CooperativeClassification
from .validators import validate_citizen_id


class CooperativeFilterForm(forms.Form):
    province = forms.TypedChoiceField(
        label=_("Province"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args, provinces: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("All provinces")), *provinces]


class CommuneChoiceMixin:
    """A province select and a commune select narrowed to it: the communes of the chosen
    province, or every commune grouped by province until one is chosen (the page works without
    JavaScript; static/cooperatives/communes.js narrows the list as the province changes)."""

    province_field = "province"
    commune_field = "commune"

    def commune_choices_set(self) -> None:
        province = self[self.province_field].value()
        try:
            province = int(province)
        except (TypeError, ValueError):
            province = None
        old = self.fields[self.commune_field]
        empty = [("", _("Choose a commune"))]
        if province:
            choices = empty + commune_choices(province_code=province)
        else:
            choices = empty + [
                (name, commune_choices(province_code=code)) for code, name in province_choices()
            ]
        self.fields[self.commune_field] = forms.TypedChoiceField(
            label=old.label,
            required=old.required,
            help_text=old.help_text,
            choices=choices,
            coerce=int,
            empty_value=None,
        )
        self.fields[self.province_field].widget.attrs.update(
            {
                "data-communes-url": reverse("places:communes", kwargs={"province_code": 0}),
                "data-communes-target": self[self.commune_field].auto_id,
            }
        )


class ApplicationForm(CommuneChoiceMixin, forms.ModelForm):
    """What a cooperative declares when it applies, with its representative's ID and papers."""

    representative_id_number = forms.CharField(
        label=_("Representative's citizen ID number"),
        max_length=12,
        validators=[validate_citizen_id],
        help_text=_("12 digits, as printed on the citizen ID card."),
    )
    business_registration = DocumentUploadField(
        label=_("Business registration certificate"),
        help_text=_("PDF, JPEG or PNG, at most 5 MB."),
    )
    ocop_certificate = DocumentUploadField(
        label=_("OCOP certificate (if any)"),
        required=False,
        help_text=_("PDF, JPEG or PNG, at most 5 MB."),
    )

    class Meta:
        model = Cooperative
        fields = [
            "name",
            "kind",
            "is_agricultural",
            "tax_code",
            "province",
            "commune",
            "street_address",
            "representative",
            "phone",
            "email",
            "description",
            "founded_year",
            "member_count",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, application=None, **kwargs):
        self.application = application
        if application is not None:
            kwargs["instance"] = application.cooperative
            kwargs.setdefault("initial", {}).update(
                representative_id_number=application.representative_id_number
            )
        super().__init__(*args, **kwargs)
        if application is not None:
            self.fields["business_registration"].required = False
            self.fields["business_registration"].help_text = _(
                "Leave empty to keep the file already sent."
            )
        self.fields["email"].required = True
        self.commune_choices_set()

    def application_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "representative_id_number": data["representative_id_number"],
            "business_registration": data["business_registration"],
            "ocop_certificate": data["ocop_certificate"],
            **{field: data[field] for field in self.Meta.fields},
        }


class DecisionForm(forms.Form):
    """Staff's decision on an application or a cooperative, with the reason it is taken."""

    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Required to reject, ask for changes or suspend; the cooperative reads it."),
    )


class CooperativeProfileForm(CommuneChoiceMixin, forms.ModelForm):
    """What a seller may change about its own cooperative."""

    class Meta:
        model = Cooperative
        fields = [
            "description",
            "logo",
            "cover_image",
            "street_address",
            "province",
            "commune",
            "representative",
            "phone",
            "email",
            "founded_year",
            "member_count",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        field_classes = {"logo": ImageUploadField, "cover_image": ImageUploadField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.commune_choices_set()


class ClassificationForm(forms.ModelForm):
    class Meta:
        model = CooperativeClassification
        fields = ["year", "classification", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, cooperative, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.cooperative = cooperative

    def validate_unique(self):
        """Entering a year again corrects that year's record (classification_record)."""
