"""Reads about cooperatives."""

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from .models import Cooperative, CooperativeApplication, StaffProvince


def cooperative_list_public(*, province: int | None = None) -> QuerySet[Cooperative]:
    """Approved cooperatives by name, each with its product_count (kept up to date by
    services.cooperative_product_counts_refresh): nothing is counted per request."""
    cooperatives = Cooperative.objects.approved()
    if province is not None:
        cooperatives = cooperatives.filter(province=province)
    return cooperatives.order_by("name")


def cooperative_provinces_public() -> list[int]:
    """Province codes that have at least one approved cooperative, for the list filter."""
    return list(
        Cooperative.objects.approved().order_by().values_list("province", flat=True).distinct()
    )


def cooperative_get_public(*, slug: str) -> Cooperative:
    return Cooperative.objects.approved().get(slug=slug)


def cooperative_for_user(*, user) -> Cooperative | None:
    """The cooperative a seller works for, if any."""
    if not user.is_authenticated:
        return None
    return Cooperative.objects.filter(partner__users=user).first()


def staff_province_codes(*, user) -> set[int] | None:
    """The provinces a staff member works for; None for the platform admin (every province)."""
    if user.is_superuser:
        return None
    return set(StaffProvince.objects.filter(user=user).values_list("province", flat=True))


def cooperative_list_for_staff(*, user) -> QuerySet[Cooperative]:
    """Cooperatives of the staff member's provinces (all of them for the platform admin)."""
    cooperatives = Cooperative.objects.select_related("partner")
    provinces = staff_province_codes(user=user)
    if provinces is not None:
        cooperatives = cooperatives.filter(province__in=provinces)
    return cooperatives


def application_list_for_staff(*, user, status: str | None = None):
    applications = CooperativeApplication.objects.select_related("cooperative", "applicant").filter(
        cooperative__in=cooperative_list_for_staff(user=user)
    )
    if status:
        applications = applications.filter(status=status)
    return applications


def application_list_for_applicant(*, user) -> QuerySet[CooperativeApplication]:
    return CooperativeApplication.objects.select_related("cooperative").filter(applicant=user)


def staff_emails_for_province(*, province: int) -> list[str]:
    """Addresses of the staff who look after this province, to tell them of new work."""
    return list(
        get_user_model()
        .objects.filter(is_active=True, is_staff=True, staff_provinces__province=province)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
