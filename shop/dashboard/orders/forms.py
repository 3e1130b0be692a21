from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders.forms import *  # noqa: F401,F403
from oscar.core.loading import get_model

OrderPart = get_model("order", "OrderPart")
CooperativeShippingRate = get_model("shipping", "CooperativeShippingRate")


class OrderPartStatusForm(forms.Form):
    """Moves a cooperative's part to one of its next statuses."""

    status = forms.ChoiceField(label=_("New status"))
    reason = forms.CharField(
        label=_("Reason (needed to cancel)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, part, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status, OrderPart.Status(status).label) for status in part.next_statuses()
        ]


class CodReceivedForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Cash received (₫)"), min_value=0, max_digits=12, decimal_places=0
    )


class ShippingRateForm(forms.ModelForm):
    """Fees in whole đồng (VND has no minor unit)."""

    class Meta:
        model = CooperativeShippingRate
        fields = ["flat_fee", "free_shipping_threshold", "inner_region_fee", "outer_region_fee"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.decimal_places = 0
            field.widget.attrs.update({"step": "1", "min": "0"})
            if self.initial.get(name) is not None:
                self.initial[name] = int(self.initial[name])
