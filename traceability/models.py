from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from places.fields import CommuneField, ProvinceField
from places.selectors import commune_name, province_name
from places.validators import check_commune_in_province

from .validators import normalize_gtin, validate_document, validate_lot_code, validate_photo


class ProductIdentity(models.Model):
    """What GS1 knows a product by, kept beside the catalogue's product."""

    product = models.OneToOneField(
        "catalogue.Product",
        on_delete=models.CASCADE,
        related_name="trace_identity",
        verbose_name=_("Product"),
    )
    gtin = models.CharField(
        _("GTIN"),
        max_length=14,
        unique=True,
        help_text=_("The number under the product's barcode (GTIN-8, 12, 13 or 14)."),
    )

    class Meta:
        verbose_name = _("Product GTIN")
        verbose_name_plural = _("Product GTINs")

    def __str__(self) -> str:
        return self.gtin

    def clean_fields(self, exclude=None) -> None:
        try:
            self.gtin = normalize_gtin(self.gtin)
        except ValidationError as error:
            raise ValidationError({"gtin": error.messages}) from error
        super().clean_fields(exclude=exclude)


class Lot(models.Model):
    """A production lot (a harvest, a batch) of one product, with its farm diary."""

    product = models.ForeignKey(
        "catalogue.Product",
        on_delete=models.CASCADE,
        related_name="lots",
        verbose_name=_("Product"),
    )
    code = models.CharField(_("Lot code"), max_length=20, validators=[validate_lot_code])
    produced_on = models.DateField(_("Production (harvest) date"))
    expires_on = models.DateField(_("Expiry date"), null=True, blank=True)
    quantity = models.DecimalField(
        _("Quantity"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, message=_("The quantity cannot be negative."))],
    )
    quantity_unit = models.CharField(_("Unit of quantity"), max_length=32, blank=True)
    province = ProvinceField(_("Province"), null=True, blank=True)
    commune = CommuneField(_("Commune"), null=True, blank=True)
    growing_area = models.CharField(_("Growing area"), max_length=255, blank=True)
    latitude = models.DecimalField(
        _("Latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("Longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    recalled_at = models.DateTimeField(_("Recalled on"), null=True, blank=True)
    recall_reason = models.TextField(_("Reason for the recall"), blank=True)
    recalled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Recalled by"),
    )
    scan_count = models.PositiveIntegerField(_("Scans"), default=0)
    created_at = models.DateTimeField(_("Created"), auto_now_add=True)

    class Meta:
        ordering = ["-produced_on", "-pk"]
        verbose_name = _("Lot")
        verbose_name_plural = _("Lots")
        constraints = [
            models.UniqueConstraint(fields=["product", "code"], name="lot_code_unique_per_product")
        ]

    def __str__(self) -> str:
        return self.code

    def clean(self) -> None:
        check_commune_in_province(
            province_code=self.province, commune_code=self.commune, commune_field="commune"
        )
        if self.produced_on and self.produced_on > timezone.localdate():
            raise ValidationError(
                {"produced_on": _("The production date cannot be in the future.")}
            )
        if self.produced_on and self.expires_on and self.expires_on <= self.produced_on:
            raise ValidationError(
                {"expires_on": _("The expiry date must come after the production date.")}
            )
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Enter both the latitude and the longitude of the map point.")}
            )

    def validate_constraints(self, exclude=None) -> None:
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            if "__all__" in getattr(error, "error_dict", {}):
                raise ValidationError(
                    {"code": _("This product already has a lot with this code.")}
                ) from error
            raise

    @property
    def is_recalled(self) -> bool:
        return self.recalled_at is not None

    @property
    def place(self) -> str:
        names = (self.growing_area, commune_name(self.commune), province_name(self.province))
        return ", ".join(name for name in names if name)

    @property
    def has_map_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class Step(models.Model):
    """One entry of the farm diary."""

    class Kind(models.TextChoices):
        SOWING = "sowing", _("Sowing / planting")
        FERTILISING = "fertilising", _("Fertilising")
        SPRAYING = "spraying", _("Spraying")
        CARE = "care", _("Care")
        HARVEST = "harvest", _("Harvest")
        PROCESSING = "processing", _("Processing")
        PACKING = "packing", _("Packing")
        TESTING = "testing", _("Testing")
        OTHER = "other", _("Other")

    lot = models.ForeignKey(
        Lot, on_delete=models.CASCADE, related_name="steps", verbose_name=_("Lot")
    )
    kind = models.CharField(_("Step"), max_length=20, choices=Kind.choices)
    date = models.DateField(_("Date of the work"))
    text = models.CharField(_("What was done"), max_length=500)
    input_used = models.CharField(
        _("Product used"),
        max_length=255,
        blank=True,
        help_text=_("Fertiliser or pesticide used, with its dose."),
    )
    waiting_days = models.PositiveSmallIntegerField(
        _("Waiting period (days)"),
        null=True,
        blank=True,
        help_text=_("Days to wait before harvest after spraying."),
    )
    photo = models.ImageField(
        _("Photo"), upload_to="traceability/steps/%Y/%m/", blank=True, validators=[validate_photo]
    )
    created_at = models.DateTimeField(_("Created"), auto_now_add=True)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("Diary step")
        verbose_name_plural = _("Diary steps")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date}"

    def clean(self) -> None:
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("The date of a step cannot be in the future.")})
        lot = self.lot if self.lot_id else None
        if lot and lot.expires_on and self.date and self.date > lot.expires_on:
            raise ValidationError({"date": _("This date is after the lot's expiry date.")})


class Certificate(models.Model):
    """A certificate or test result attached to a lot."""

    lot = models.ForeignKey(
        Lot, on_delete=models.CASCADE, related_name="certificates", verbose_name=_("Lot")
    )
    title = models.CharField(_("Title"), max_length=255)
    issued_on = models.DateField(_("Issued on"), null=True, blank=True)
    file = models.FileField(
        _("File (PDF or photo)"),
        upload_to="traceability/certificates/%Y/%m/",
        validators=[validate_document],
    )
    created_at = models.DateTimeField(_("Created"), auto_now_add=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("Certificate or test result")
        verbose_name_plural = _("Certificates and test results")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.issued_on and self.issued_on > timezone.localdate():
            raise ValidationError({"issued_on": _("The issue date cannot be in the future.")})

    @property
    def is_pdf(self) -> bool:
        return self.file.name.lower().endswith(".pdf")
