"""Consent fields any form can add, and the account deletion form."""

from django import forms
from django.conf import settings
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .services import consent_record


def _consent_label() -> str:
    return format_html(
        _('I have read and agree to the <a href="{url}" target="_blank">privacy policy</a>.'),
        url=settings.PRIVACY_POLICY_URL,
    )


class PrivacyConsentField(forms.BooleanField):
    """An unticked box the person must tick to agree to the current privacy policy."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", True)
        kwargs.setdefault("initial", False)
        kwargs.setdefault("label", lazy(_consent_label, SafeString)())
        kwargs.setdefault(
            "error_messages",
            {"required": gettext_lazy("Please agree to the privacy policy to continue.")},
        )
        super().__init__(**kwargs)


class PrivacyConsentMixin(forms.Form):
    """Adds `privacy_consent` to a form; call record_privacy_consent() once the form is saved."""

    privacy_consent = PrivacyConsentField()

    def record_privacy_consent(self, *, email: str, purpose: str, user=None, request=None):
        return consent_record(
            user=user,
            email=email,
            purpose=purpose,
            policy_version=settings.PRIVACY_POLICY_VERSION,
            request=request,
        )


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"), widget=forms.PasswordInput, strip=False
    )
    reason = forms.CharField(
        label=gettext_lazy("Why are you leaving? (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=1000,
    )
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "I understand that my account is deleted for good; my orders are kept without my "
            "name, address or phone for accounting."
        )
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
