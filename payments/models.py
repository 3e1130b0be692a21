from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

bank_bin_validator = RegexValidator(
    r"^\d{6}$", _("A bank BIN is the bank's six-digit code on the NAPAS network, e.g. 970436.")
)
account_number_validator = RegexValidator(
    r"^\d{6,19}$", _("Enter the account number as 6 to 19 digits, without spaces.")
)
account_holder_validator = RegexValidator(
    r"^[A-Z0-9 .,&-]+$",
    _("Write the account holder as the bank shows it: capital letters without accents."),
)


@register_setting(icon="form")
class BankAccountSetting(BaseGenericSetting):
    """The platform's bank account that shoppers paying by VietQR transfer to.

    Blank fields fall back to the VIETQR_* settings (environment variables), so a deployment
    can be configured either way; staff edit these under Settings in the CMS admin.
    """

    bank_bin = models.CharField(
        _("bank BIN"),
        max_length=6,
        blank=True,
        validators=[bank_bin_validator],
        help_text=_("The bank's six-digit NAPAS code, e.g. 970436 for Vietcombank."),
    )
    bank_name = models.CharField(_("bank name"), max_length=100, blank=True)
    account_number = models.CharField(
        _("account number"), max_length=19, blank=True, validators=[account_number_validator]
    )
    account_holder = models.CharField(
        _("account holder"), max_length=100, blank=True, validators=[account_holder_validator]
    )

    class Meta:
        verbose_name = _("bank account for transfers")


class StripeEvent(models.Model):
    """A Stripe webhook event already handled: a replayed event is recognised and skipped."""

    event_id = models.CharField(_("event id"), max_length=255, unique=True)
    event_type = models.CharField(_("event type"), max_length=100)
    date_processed = models.DateTimeField(_("processed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")
        ordering = ["-date_processed"]

    def __str__(self):
        return f"{self.event_type} {self.event_id}"
