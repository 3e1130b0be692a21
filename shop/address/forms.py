"""Address forms for Vietnam: recipient, phone, province and commune on the 2025 map, street.

Choosing a province narrows the communes: a small script does it in the browser; without
JavaScript the "show communes" button reloads the form with the province's communes.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.forms import AbstractAddressForm
from oscar.core.loading import get_model

from cooperatives.validators import normalize_phone, validate_phone
from places.selectors import commune_choices, province_choices
from places.validators import check_commune_in_province

Country = get_model("address", "Country")
UserAddress = get_model("address", "UserAddress")

VIETNAM = "VN"
ADDRESS_FIELDS = ["first_name", "phone_number", "province", "commune", "line1", "notes"]
REFRESH_COMMUNES = "refresh_communes"


class VietnameseAddressFormMixin:
    """For a ModelForm of one of Oscar's address models with our province and commune codes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.country = Country.objects.get(iso_3166_1_a2=VIETNAM)
        fields = self.fields
        fields["first_name"].label = _("Recipient's full name")
        fields["first_name"].required = True
        fields["first_name"].widget.attrs["autocomplete"] = "name"
        fields["phone_number"] = forms.CharField(
            label=_("Phone number"),
            max_length=20,
            help_text=_("For example 0912 345 678 or +84 912 345 678."),
            widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        )
        fields["province"] = forms.TypedChoiceField(
            label=_("Province or city"),
            coerce=int,
            choices=[("", _("Choose a province or city"))] + province_choices(),
        )
        province = self._chosen_province()
        fields["commune"] = forms.TypedChoiceField(
            label=_("Ward or commune"),
            coerce=int,
            choices=[
                ("", _("Choose a ward or commune") if province else _("Choose the province first"))
            ]
            + (commune_choices(province_code=province) if province else []),
        )
        fields["commune"].widget.attrs.update(
            {
                "data-communes-url": reverse("places:communes", kwargs={"province_code": 0}),
                "data-placeholder": _("Choose a ward or commune"),
            }
        )
        fields["line1"].label = _("House number and street")
        fields["line1"].required = True
        fields["line1"].widget.attrs["autocomplete"] = "street-address"
        fields["notes"].label = _("Delivery note")
        fields["notes"].required = False
        fields["notes"].help_text = _("For example: call before delivering, deliver after 5 pm.")
        fields["notes"].widget.attrs["rows"] = 2
        self.order_fields(ADDRESS_FIELDS)

    def _chosen_province(self) -> int | None:
        value = (
            self.data.get(self.add_prefix("province"))
            if self.is_bound
            else self.initial.get("province", self.instance.province)
        )
        try:
            return int(value) if value else None
        except (TypeError, ValueError):
            return None

    def clean_phone_number(self):
        value = self.cleaned_data["phone_number"]
        validate_phone(value)
        return normalize_phone(value)

    def clean(self):
        cleaned_data = super().clean()
        try:
            check_commune_in_province(
                province_code=cleaned_data.get("province"),
                commune_code=cleaned_data.get("commune"),
                commune_field="commune",
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned_data

    def _post_clean(self):
        super()._post_clean()
        self.instance.fill_place_names()


class UserAddressForm(VietnameseAddressFormMixin, AbstractAddressForm):
    """An entry of a signed-in shopper's address book (Oscar's form, for Vietnam)."""

    class Meta:
        model = UserAddress
        fields = ADDRESS_FIELDS

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.user = user
