import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.models import Certification, Product
from listings.models import ModerationPolicy


class RevisionApproveForm(forms.Form):
    """What the staff member confirms from the OCOP certificate: the seller's claim is only the
    starting point."""

    ocop_stars = forms.TypedChoiceField(
        label=_("Confirmed OCOP rating"),
        choices=[("", _("No OCOP rating")), *Product.OCOP_STAR_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    certifications = forms.ModelMultipleChoiceField(
        label=_("Confirmed certifications"),
        queryset=Certification.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class ModerationPolicyForm(forms.Form):
    province = forms.TypedChoiceField(label=_("Province"), coerce=int)
    price_change_free_percent = forms.IntegerField(
        label=_("Price change without review (%)"),
        min_value=0,
        max_value=100,
        help_text=_(
            "A price-only change of at most this many percent, up or down, is published at once."
        ),
    )

    def __init__(self, *args, provinces, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = provinces

    def save(self) -> ModerationPolicy:
        policy, _created = ModerationPolicy.objects.update_or_create(
            province=self.cleaned_data["province"],
            defaults={"price_change_free_percent": self.cleaned_data["price_change_free_percent"]},
        )
        return policy


class ReportPeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("The start of the period comes after its end."))
        return data

    def period(self) -> tuple[datetime.date, datetime.date]:
        """The chosen period, or the last 30 days when none (or a wrong one) is given."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["start"], self.cleaned_data["end"]
        today = timezone.localdate()
        return today - datetime.timedelta(days=29), today
