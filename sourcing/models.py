from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooperatives.validators import (
    normalize_phone,
    normalize_tax_code,
    validate_phone,
    validate_tax_code,
)
from places.fields import ProvinceField
from places.selectors import province_name

POSITIVE = MinValueValidator(0.01, message=_("Enter a quantity greater than zero."))
NOT_NEGATIVE = MinValueValidator(0, message=_("The price cannot be negative."))


class BuyerProfile(models.Model):
    """A business that buys in bulk: a school kitchen, restaurant, shop, processor …"""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="buyer_profile",
        verbose_name=_("User"),
    )
    company_name = models.CharField(_("Company or organisation"), max_length=255)
    tax_code = models.CharField(
        _("Tax code"), max_length=13, blank=True, validators=[validate_tax_code]
    )
    contact_name = models.CharField(_("Contact person"), max_length=255)
    phone = models.CharField(_("Phone"), max_length=16, validators=[validate_phone])
    email = models.EmailField(_("E-mail"))

    class Meta:
        verbose_name = _("Buyer profile")
        verbose_name_plural = _("Buyer profiles")

    def __str__(self) -> str:
        return self.company_name

    def clean_fields(self, exclude=None) -> None:
        if self.tax_code:
            self.tax_code = normalize_tax_code(self.tax_code)
        self.phone = normalize_phone(self.phone)
        super().clean_fields(exclude=exclude)


class Moderated(models.Model):
    """Posts province staff may hide as spam or off-topic, with the reason."""

    hidden_at = models.DateTimeField(_("Hidden on"), null=True, blank=True)
    hidden_reason = models.CharField(_("Reason for hiding"), max_length=255, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Hidden by"),
    )

    class Meta:
        abstract = True

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


class PurchaseRequest(Moderated):
    class Recurrence(models.TextChoices):
        ONCE = "once", _("Once")
        WEEKLY = "weekly", _("Every week")
        MONTHLY = "monthly", _("Every month")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    buyer = models.ForeignKey(
        BuyerProfile, on_delete=models.CASCADE, related_name="requests", verbose_name=_("Buyer")
    )
    title = models.CharField(_("What do you need?"), max_length=200)
    description = models.TextField(_("Details"), blank=True)
    category = models.ForeignKey(
        "catalogue.Category",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Category"),
    )
    quantity = models.DecimalField(
        _("Quantity"), max_digits=12, decimal_places=2, validators=[POSITIVE]
    )
    unit = models.CharField(
        _("Unit of quantity"), max_length=32, help_text=_("For example: kg, tấn, hộp.")
    )
    delivery_province = ProvinceField(_("Delivery province"))
    needed_by = models.DateField(_("Needed by"), null=True, blank=True)
    recurrence = models.CharField(
        _("How often"), max_length=10, choices=Recurrence.choices, default=Recurrence.ONCE
    )
    target_price = models.DecimalField(
        _("Target price per unit (₫)"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[NOT_NEGATIVE],
    )
    required_certifications = models.ManyToManyField(
        "catalogue.Certification",
        blank=True,
        related_name="+",
        verbose_name=_("Required certifications"),
    )
    min_ocop_stars = models.PositiveSmallIntegerField(
        _("Minimum OCOP rating"),
        null=True,
        blank=True,
        choices=[(3, _("3 stars")), (4, _("4 stars")), (5, _("5 stars"))],
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    matched_at = models.DateTimeField(_("Matched on"), null=True, blank=True)
    created_at = models.DateTimeField(_("Posted"), auto_now_add=True, db_index=True)
    closed_at = models.DateTimeField(_("Closed on"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Purchase request")
        verbose_name_plural = _("Purchase requests")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.needed_by and self.needed_by < timezone.localdate():
            raise ValidationError({"needed_by": _("The date you need the goods by has passed.")})
        if self.recurrence == self.Recurrence.ONCE and not self.needed_by:
            raise ValidationError(
                {"needed_by": _("Say by when you need the goods, or choose a recurring need.")}
            )

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def is_recurring(self) -> bool:
        return self.recurrence != self.Recurrence.ONCE

    @property
    def delivery_province_name(self) -> str:
        return province_name(self.delivery_province)


class RequestMatch(models.Model):
    """A cooperative the search engine found for a request: its workspace lists it, and it was
    e-mailed once."""

    request = models.ForeignKey(
        PurchaseRequest, on_delete=models.CASCADE, related_name="matches", verbose_name=_("Request")
    )
    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        on_delete=models.CASCADE,
        related_name="request_matches",
        verbose_name=_("Cooperative"),
    )
    products = models.ManyToManyField(
        "catalogue.Product", related_name="+", verbose_name=_("Matching products")
    )
    notified_at = models.DateTimeField(_("Notified on"), null=True, blank=True)
    created_at = models.DateTimeField(_("Found on"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Matching cooperative")
        verbose_name_plural = _("Matching cooperatives")
        constraints = [
            models.UniqueConstraint(fields=["request", "cooperative"], name="match_unique")
        ]

    def __str__(self) -> str:
        return f"{self.request} → {self.cooperative}"


class Offer(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the buyer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Not chosen")

    request = models.ForeignKey(
        PurchaseRequest, on_delete=models.CASCADE, related_name="offers", verbose_name=_("Request")
    )
    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        on_delete=models.CASCADE,
        related_name="offers",
        verbose_name=_("Cooperative"),
    )
    price_per_unit = models.DecimalField(
        _("Price per unit (₫)"), max_digits=14, decimal_places=0, validators=[NOT_NEGATIVE]
    )
    quantity = models.DecimalField(
        _("Quantity you can supply"), max_digits=12, decimal_places=2, validators=[POSITIVE]
    )
    lead_time_days = models.PositiveSmallIntegerField(
        _("Lead time (days)"), help_text=_("Days from the order to the delivery.")
    )
    message = models.TextField(_("Message to the buyer"), blank=True)
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("Sent"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("Accepted on"), null=True, blank=True)

    class Meta:
        ordering = ["price_per_unit", "created_at"]
        verbose_name = _("Offer")
        verbose_name_plural = _("Offers")
        constraints = [
            models.UniqueConstraint(fields=["request", "cooperative"], name="offer_unique")
        ]

    def __str__(self) -> str:
        return f"{self.cooperative}: {self.price_per_unit} ₫"

    def validate_constraints(self, exclude=None) -> None:
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            raise ValidationError(
                _("Your cooperative has already answered this request.")
            ) from error


class HarvestAnnouncement(Moderated):
    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        on_delete=models.CASCADE,
        related_name="announcements",
        verbose_name=_("Cooperative"),
    )
    title = models.CharField(_("What will you harvest?"), max_length=200)
    category = models.ForeignKey(
        "catalogue.Category", on_delete=models.PROTECT, related_name="+", verbose_name=_("Category")
    )
    product = models.ForeignKey(
        "catalogue.Product",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Product"),
    )
    quantity = models.DecimalField(
        _("Expected quantity"), max_digits=12, decimal_places=2, validators=[POSITIVE]
    )
    unit = models.CharField(_("Unit of quantity"), max_length=32)
    harvest_from = models.DateField(_("Harvest from"))
    harvest_to = models.DateField(_("Harvest until"))
    price_min = models.DecimalField(
        _("Lowest price per unit (₫)"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[NOT_NEGATIVE],
    )
    price_max = models.DecimalField(
        _("Highest price per unit (₫)"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[NOT_NEGATIVE],
    )
    province = ProvinceField(_("Province"))
    created_at = models.DateTimeField(_("Posted"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["harvest_from", "-pk"]
        verbose_name = _("Harvest announcement")
        verbose_name_plural = _("Harvest announcements")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.harvest_from and self.harvest_to and self.harvest_to < self.harvest_from:
            raise ValidationError(
                {"harvest_to": _("The end of the harvest must come after its start.")}
            )
        prices = (self.price_min, self.price_max)
        if None not in prices and self.price_max < self.price_min:
            raise ValidationError(
                {"price_max": _("The highest price must not be below the lowest price.")}
            )

    @property
    def province_name(self) -> str:
        return province_name(self.province)


class Follow(models.Model):
    """A buyer follows a category, a province, or both: matching posts arrive by e-mail."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="sourcing_follows",
        verbose_name=_("User"),
    )
    category = models.ForeignKey(
        "catalogue.Category",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Category"),
    )
    province = ProvinceField(_("Province"), null=True, blank=True)
    created_at = models.DateTimeField(_("Created"), auto_now_add=True)

    class Meta:
        verbose_name = _("Follow")
        verbose_name_plural = _("Follows")

    def __str__(self) -> str:
        return " · ".join(str(part) for part in (self.category, self.province_name) if part)

    def clean(self) -> None:
        if self.category_id is None and self.province is None:
            raise ValidationError(_("Choose a category, a province, or both."))

    @property
    def province_name(self) -> str:
        return province_name(self.province)
