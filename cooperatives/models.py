from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from places.fields import CommuneField, ProvinceField
from places.selectors import commune_name, province_name, province_short_name
from places.validators import check_commune_in_province

from .storage import private_storage
from .validators import (
    normalize_phone,
    normalize_tax_code,
    validate_citizen_id,
    validate_document,
    validate_image,
    validate_phone,
    validate_tax_code,
)


class CooperativeQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Cooperative.Status.APPROVED)


class Cooperative(models.Model):
    """A cooperative (HTX), a union of cooperatives or a cooperative group selling here.

    Each one is an Oscar Partner, so stock records and order lines route to it; its sellers are
    the partner's users.
    """

    class Kind(models.TextChoices):
        COOPERATIVE = "htx", _("Cooperative")
        UNION = "lien_hiep_htx", _("Union of cooperatives")
        GROUP = "to_hop_tac", _("Cooperative group")

    class Classification(models.TextChoices):
        GOOD = "tot", _("Good")
        FAIR = "kha", _("Fair")
        AVERAGE = "trung_binh", _("Average")
        WEAK = "yeu", _("Weak")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")

    partner = models.OneToOneField(
        "partner.Partner",
        on_delete=models.PROTECT,
        related_name="cooperative",
        verbose_name=_("Partner"),
    )
    name = models.CharField(_("Name"), max_length=255)
    slug = models.SlugField(_("Slug"), max_length=255, unique=True)
    kind = models.CharField(
        _("Kind"), max_length=20, choices=Kind.choices, default=Kind.COOPERATIVE
    )
    is_agricultural = models.BooleanField(_("Agricultural"), default=True)
    tax_code = models.CharField(
        _("Tax code"), max_length=13, unique=True, validators=[validate_tax_code]
    )
    province = ProvinceField()
    commune = CommuneField(null=True, blank=True)
    street_address = models.CharField(_("Street address"), max_length=255, blank=True)
    representative = models.CharField(_("Representative"), max_length=255)
    phone = models.CharField(_("Phone"), max_length=16, validators=[validate_phone])
    email = models.EmailField(_("E-mail"), blank=True)
    description = models.TextField(_("Introduction"), blank=True)
    logo = models.ImageField(
        _("Logo"), upload_to="cooperatives/logos/", blank=True, validators=[validate_image]
    )
    cover_image = models.ImageField(
        _("Cover image"), upload_to="cooperatives/covers/", blank=True, validators=[validate_image]
    )
    founded_year = models.PositiveSmallIntegerField(
        _("Year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1945)],
    )
    member_count = models.PositiveIntegerField(_("Members"), null=True, blank=True)
    classification = models.CharField(
        _("Classification"), max_length=20, choices=Classification.choices, blank=True
    )
    classification_year = models.PositiveSmallIntegerField(
        _("Classification year"), null=True, blank=True, validators=[MinValueValidator(2000)]
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    approved_at = models.DateTimeField(_("Approved on"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Approved by"),
    )
    created_at = models.DateTimeField(_("Created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Updated"), auto_now=True)
    # Its products on sale (public, not variants), kept by cooperative_product_counts_refresh
    # whenever a product is saved, so the list of cooperatives counts nothing per request.
    product_count = models.PositiveIntegerField(_("Products on sale"), default=0, editable=False)

    objects = CooperativeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Cooperative")
        verbose_name_plural = _("Cooperatives")
        indexes = [
            models.Index(fields=["status", "province"]),
            # The public list: approved ones by name, all provinces or one.
            models.Index(fields=["status", "name"], name="cooperative_status_name"),
            models.Index(
                fields=["status", "province", "name"], name="cooperative_status_prov_name"
            ),
        ]
        permissions = [
            ("moderate_cooperative", _("Can approve, reject and suspend cooperatives")),
            ("view_reports", _("Can read the province reports")),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("cooperatives:detail", kwargs={"slug": self.slug})

    def clean_fields(self, exclude=None) -> None:
        self.tax_code = normalize_tax_code(self.tax_code)
        self.phone = normalize_phone(self.phone)
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        check_commune_in_province(
            province_code=self.province, commune_code=self.commune, commune_field="commune"
        )
        this_year = timezone.localdate().year
        for field, year in (
            ("founded_year", self.founded_year),
            ("classification_year", self.classification_year),
        ):
            if year and year > this_year:
                raise ValidationError(
                    {field: _("The year %(year)s has not come yet.") % {"year": year}}
                )
        if self.classification_year and not self.classification:
            raise ValidationError(
                {"classification": _("Choose the classification for the year entered.")}
            )

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def province_name(self) -> str:
        return province_name(self.province)

    @property
    def province_short_name(self) -> str:
        return province_short_name(self.province)

    @property
    def commune_name(self) -> str:
        return commune_name(self.commune)

    @property
    def full_address(self) -> str:
        parts = [self.street_address, self.commune_name, self.province_name]
        return ", ".join(part for part in parts if part)

    @property
    def display_tax_code(self) -> str:
        code = self.tax_code
        return f"{code[:10]}-{code[10:]}" if len(code) == 13 else code


class CooperativeApplication(models.Model):
    """A user's request to sell here for a cooperative, with the papers staff check.

    The cooperative itself is registered at once (pending, its partner inactive) so its facts are
    validated like any cooperative's; approval activates it and makes the applicant its seller.
    """

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Awaiting review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    cooperative = models.OneToOneField(
        Cooperative,
        on_delete=models.CASCADE,
        related_name="application",
        verbose_name=_("Cooperative"),
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cooperative_applications",
        verbose_name=_("Applicant"),
    )
    representative_id_number = models.CharField(
        _("Representative's citizen ID number"),
        max_length=12,
        validators=[validate_citizen_id],
    )
    business_registration = models.FileField(
        _("Business registration certificate"),
        upload_to="applications/",
        storage=private_storage,
        validators=[validate_document],
    )
    ocop_certificate = models.FileField(
        _("OCOP certificate"),
        upload_to="applications/",
        storage=private_storage,
        blank=True,
        validators=[validate_document],
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    created_at = models.DateTimeField(_("Submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Cooperative application")
        verbose_name_plural = _("Cooperative applications")

    def __str__(self) -> str:
        return str(self.cooperative)

    def get_absolute_url(self) -> str:
        return reverse("cooperatives:application-detail", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.SUBMITTED

    @property
    def can_be_edited(self) -> bool:
        return self.status == self.Status.CHANGES_REQUESTED


class CooperativeDecision(models.Model):
    """One step in a cooperative's history: who did what, when and why."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Application submitted")
        RESUBMITTED = "resubmitted", _("Application resubmitted")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")
        REINSTATED = "reinstated", _("Reinstated")

    cooperative = models.ForeignKey(
        Cooperative,
        on_delete=models.CASCADE,
        related_name="decisions",
        verbose_name=_("Cooperative"),
    )
    action = models.CharField(_("Action"), max_length=20, choices=Action.choices)
    reason = models.TextField(_("Reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("By"),
    )
    decided_at = models.DateTimeField(_("When"), default=timezone.now)

    class Meta:
        ordering = ["-decided_at", "-pk"]
        verbose_name = _("Cooperative decision")
        verbose_name_plural = _("Cooperative decisions")

    def __str__(self) -> str:
        return f"{self.cooperative}: {self.get_action_display()}"


class CooperativeClassification(models.Model):
    """The province's yearly evaluation of a cooperative (tốt, khá, trung bình, yếu)."""

    cooperative = models.ForeignKey(
        Cooperative,
        on_delete=models.CASCADE,
        related_name="classifications",
        verbose_name=_("Cooperative"),
    )
    year = models.PositiveSmallIntegerField(_("Year"), validators=[MinValueValidator(2000)])
    classification = models.CharField(
        _("Classification"), max_length=20, choices=Cooperative.Classification.choices
    )
    note = models.TextField(_("Note"), blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("Entered by"),
    )
    created_at = models.DateTimeField(_("Entered"), auto_now_add=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("Yearly classification")
        verbose_name_plural = _("Yearly classifications")
        constraints = [
            models.UniqueConstraint(
                fields=["cooperative", "year"], name="one_classification_per_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.cooperative} {self.year}: {self.get_classification_display()}"

    def clean(self) -> None:
        if self.year and self.year > timezone.localdate().year:
            raise ValidationError(
                {"year": _("The year %(year)s has not come yet.") % {"year": self.year}}
            )


class StaffProvince(models.Model):
    """A province a staff member works for: they moderate and report on its cooperatives only.
    A superuser (the platform admin) works for every province."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_provinces",
        verbose_name=_("Staff member"),
    )
    province = ProvinceField()

    class Meta:
        verbose_name = _("Staff province")
        verbose_name_plural = _("Staff provinces")
        constraints = [
            models.UniqueConstraint(fields=["user", "province"], name="one_assignment_per_province")
        ]

    def __str__(self) -> str:
        return f"{self.user}: {province_name(self.province)}"
