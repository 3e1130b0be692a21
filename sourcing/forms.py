from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.models import Category, Certification
from places.selectors import province_choices

from .models import BuyerProfile, HarvestAnnouncement, Offer, PurchaseRequest


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def _category_field(**kwargs) -> forms.ModelChoiceField:
    field = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.browsable().order_by("path"), **kwargs
    )
    field.label_from_instance = lambda category: "— " * (category.depth - 1) + category.name
    return field


def _province_field(label, *, required: bool) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=[("", _("All provinces") if not required else "—"), *province_choices()],
        coerce=int,
        empty_value=None,
        required=required,
    )


class BuyerProfileForm(forms.ModelForm):
    class Meta:
        model = BuyerProfile
        fields = ["company_name", "tax_code", "contact_name", "phone", "email"]
        widgets = {"phone": forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"})}


class RequestForm(forms.ModelForm):
    class Meta:
        model = PurchaseRequest
        fields = [
            "title",
            "category",
            "quantity",
            "unit",
            "delivery_province",
            "recurrence",
            "needed_by",
            "target_price",
            "required_certifications",
            "min_ocop_stars",
            "description",
        ]
        widgets = {
            "needed_by": DateInput(),
            "description": forms.Textarea(attrs={"rows": 4}),
            "quantity": forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
            "target_price": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "required_certifications": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "quantity": {"required": _("Enter the quantity you need.")},
            "unit": {"required": _("Enter the unit of the quantity (kg, tấn, hộp …).")},
            "title": {"required": _("Say what you want to buy.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"] = _category_field()
        self.fields["delivery_province"] = _province_field(_("Delivery province"), required=True)
        self.fields["required_certifications"].queryset = Certification.objects.all()


class BoardFilterForm(forms.Form):
    category = _category_field(required=False, empty_label=_("All categories"))
    province = _province_field(_("Province"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), *PurchaseRequest.Status.choices],
    )


class OfferForm(forms.ModelForm):
    class Meta:
        model = Offer
        fields = ["price_per_unit", "quantity", "lead_time_days", "message"]
        widgets = {
            "price_per_unit": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "quantity": forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
            "message": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "price_per_unit": {"required": _("Enter your price per unit.")},
            "quantity": {"required": _("Enter the quantity you can supply.")},
            "lead_time_days": {"required": _("Enter in how many days you can deliver.")},
        }


class AnnouncementForm(forms.ModelForm):
    class Meta:
        model = HarvestAnnouncement
        fields = [
            "title",
            "category",
            "product",
            "quantity",
            "unit",
            "harvest_from",
            "harvest_to",
            "price_min",
            "price_max",
        ]
        widgets = {"harvest_from": DateInput(), "harvest_to": DateInput()}
        error_messages = {"quantity": {"required": _("Enter the quantity you expect.")}}

    def __init__(self, *args, products, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"] = _category_field()
        self.fields["product"].queryset = products
        self.fields["product"].required = False


class FollowForm(forms.Form):
    category = _category_field(required=False, empty_label=_("Any category"))
    province = _province_field(_("Province"), required=False)


class HideForm(forms.Form):
    reason = forms.CharField(label=_("Reason for hiding"), max_length=255)
