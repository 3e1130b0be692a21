"""Registration asks for explicit consent to the privacy policy and records it."""

from oscar.apps.customer.forms import EmailUserCreationForm as OscarEmailUserCreationForm

from privacy.forms import PrivacyConsentMixin
from privacy.models import ConsentRecord


class EmailUserCreationForm(PrivacyConsentMixin, OscarEmailUserCreationForm):
    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            self.record_privacy_consent(
                user=user, email=user.email, purpose=ConsentRecord.Purpose.REGISTRATION
            )
        return user
