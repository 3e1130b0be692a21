from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from places.fields import ProvinceField


class ListingRevision(models.Model):
    """A seller's proposed change to a listing, waiting for province staff.

    The product row keeps the approved version (what shoppers see) until the revision is approved;
    `data` holds the proposed values of the moderated fields (title, description, price, OCOP
    claim, certifications). A new listing is not public until its first revision is approved.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUPERSEDED = "superseded", _("Replaced by a newer change")

    product = models.ForeignKey(
        "catalogue.Product",
        on_delete=models.CASCADE,
        related_name="revisions",
        verbose_name=_("Product"),
    )
    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        on_delete=models.CASCADE,
        related_name="listing_revisions",
        verbose_name=_("Cooperative"),
    )
    is_new_listing = models.BooleanField(_("New listing"), default=False)
    data = models.JSONField(_("Proposed values"), default=dict)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    reason = models.TextField(_("Reason"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("Submitted by"),
    )
    submitted_at = models.DateTimeField(_("Submitted"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Decided by"),
    )
    decided_at = models.DateTimeField(_("Decided"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("Listing change")
        verbose_name_plural = _("Listing changes")
        permissions = [("moderate_listing", _("Can approve and reject listings"))]
        indexes = [models.Index(fields=["status", "cooperative"])]
        constraints = [
            models.UniqueConstraint(
                fields=["product"],
                condition=models.Q(status="pending"),
                name="one_pending_revision_per_product",
            )
        ]

    def __str__(self) -> str:
        return f"{self.data.get('title') or self.product_id} ({self.get_status_display()})"

    @property
    def price(self) -> Decimal | None:
        return Decimal(self.data["price"]) if self.data.get("price") is not None else None


class ModerationPolicy(models.Model):
    """How far a seller may move a price without review, set by a province's staff."""

    province = ProvinceField(unique=True)
    price_change_free_percent = models.PositiveSmallIntegerField(
        _("Price change without review (%)"),
        default=10,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_(
            "A price-only change of at most this many percent, up or down, is published at once."
        ),
    )

    class Meta:
        verbose_name = _("Moderation policy")
        verbose_name_plural = _("Moderation policies")

    def __str__(self) -> str:
        return f"{self.province}: {self.price_change_free_percent}%"
