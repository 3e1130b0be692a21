from django import forms
from django.utils.translation import gettext_lazy as _


class OrderLookupForm(forms.Form):
    number = forms.CharField(label=_("Order number"), max_length=128)
    email = forms.EmailField(label=_("E-mail used for the order"))


class OrderPartCancelForm(forms.Form):
    part = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reason"), required=False, max_length=500)
