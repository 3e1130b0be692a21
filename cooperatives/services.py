"""Writes about cooperatives. Views, forms, admin actions and commands call these."""

from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.core.utils import slugify

from .models import Cooperative

Partner = get_model("partner", "Partner")


def _unique_slug(name: str) -> str:
    base = slugify(name)[:240] or "htx"
    slug, suffix = base, 2
    while Cooperative.objects.filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


@transaction.atomic
def cooperative_create(
    *, name: str, status: str = Cooperative.Status.PENDING, **fields
) -> Cooperative:
    """Registers a cooperative together with the Oscar partner its stock and orders route to."""
    cooperative = Cooperative(name=name, status=status, **fields)
    if not cooperative.slug:
        cooperative.slug = _unique_slug(name)
    cooperative.partner = Partner(name=name)
    cooperative.full_clean(exclude=["partner"])
    cooperative.partner.save()
    cooperative.save()
    return cooperative


def cooperative_approve(*, cooperative: Cooperative, approved_by) -> Cooperative:
    cooperative.status = Cooperative.Status.APPROVED
    cooperative.approved_at = timezone.now()
    cooperative.approved_by = approved_by
    cooperative.save(update_fields=["status", "approved_at", "approved_by", "updated_at"])
    return cooperative


def cooperative_suspend(*, cooperative: Cooperative) -> Cooperative:
    cooperative.status = Cooperative.Status.SUSPENDED
    cooperative.save(update_fields=["status", "updated_at"])
    return cooperative


def cooperative_add_seller(*, cooperative: Cooperative, user) -> None:
    """Makes a user one of the cooperative's sellers, with access to Oscar's partner dashboard."""
    cooperative.partner.users.add(user)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="partner", codename="dashboard_access")
    )
