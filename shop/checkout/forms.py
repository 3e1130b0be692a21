from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.forms import AbstractAddressForm
from oscar.apps.checkout.forms import *  # noqa: F401,F403
from oscar.apps.checkout.forms import GatewayForm as OscarGatewayForm
from oscar.core.loading import get_model

from privacy.forms import PrivacyConsentMixin
from shop.address.forms import ADDRESS_FIELDS, VietnameseAddressFormMixin


class ShippingAddressForm(VietnameseAddressFormMixin, AbstractAddressForm):
    """Where the order goes: always in Vietnam, so the country is set, not asked."""

    class Meta:
        model = get_model("order", "ShippingAddress")
        fields = ADDRESS_FIELDS


class GatewayForm(OscarGatewayForm):
    """Oscar's gateway page shows the password box inside the "returning customer" choice, with
    no label of its own: it gets an accessible name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].widget.attrs["aria-label"] = _("Password")


class PaymentMethodForm(PrivacyConsentMixin, forms.Form):
    """The payment methods available to this shopper; the first (cash on delivery) is chosen
    unless the shopper picks another. The shopper also agrees to the privacy policy here, once
    for every order, before the delivery details are used."""

    method = forms.ChoiceField(label=_("Payment method"), widget=forms.RadioSelect)

    def __init__(self, *args, methods, **kwargs):
        super().__init__(*args, **kwargs)
        self.methods = {method.code: method for method in methods}
        self.fields["method"].choices = [(method.code, method.name) for method in methods]
        if methods and not self.initial.get("method"):
            self.initial["method"] = methods[0].code

    def options(self) -> list[tuple]:
        """(radio button, method) pairs, so the page shows each method's description."""
        return [(radio, self.methods[radio.data["value"]]) for radio in self["method"]]
