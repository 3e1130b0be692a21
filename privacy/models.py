from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ConsentRecord(models.Model):
    """A person's explicit consent to a policy, for one purpose, as it was given."""

    class Purpose(models.TextChoices):
        REGISTRATION = "registration", _("Registration")
        CHECKOUT = "checkout", _("Checkout")
        CONTACT = "contact", _("Contact form")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="privacy_consents",
        verbose_name=_("User"),
    )
    email = models.EmailField(_("E-mail"))
    purpose = models.CharField(_("Purpose"), max_length=32)
    policy_version = models.CharField(_("Policy version"), max_length=32)
    given_at = models.DateTimeField(_("Given at"), default=timezone.now)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("Browser"), max_length=255, blank=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("Consent record")
        verbose_name_plural = _("Consent records")

    def __str__(self) -> str:
        return f"{self.email} · {self.purpose} · {self.policy_version}"


class DeletionRequest(models.Model):
    """A user's request to delete their account; the account is anonymised when it is done."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DONE = "done", _("Anonymised")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Account"),
    )
    account_reference = models.CharField(_("Account reference"), max_length=64)
    reason = models.TextField(_("Reason"), blank=True)
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    requested_at = models.DateTimeField(_("Requested at"), default=timezone.now)
    completed_at = models.DateTimeField(_("Completed at"), null=True, blank=True)
    orders_kept = models.PositiveIntegerField(_("Orders kept (anonymised)"), default=0)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("Deletion request")
        verbose_name_plural = _("Deletion requests")

    def __str__(self) -> str:
        return self.account_reference
