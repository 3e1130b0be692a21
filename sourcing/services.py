"""Writes: buyer profiles, requests, offers and their acceptance, harvest announcements,
follows, moderation. Matching and e-mails run after commit (see tasks.py)."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogue.models import Category, Product
from cooperatives.models import Cooperative
from ops.tasks import enqueue

from . import tasks
from .models import BuyerProfile, Follow, HarvestAnnouncement, Offer, PurchaseRequest


def buyer_profile_save(
    *,
    user,
    company_name: str,
    contact_name: str,
    phone: str,
    email: str,
    tax_code: str = "",
) -> BuyerProfile:
    profile = BuyerProfile.objects.filter(user=user).first() or BuyerProfile(user=user)
    profile.company_name = company_name
    profile.contact_name = contact_name
    profile.phone = phone
    profile.email = email
    profile.tax_code = tax_code
    profile.full_clean()
    profile.save()
    return profile


@transaction.atomic
def request_post(
    *,
    buyer: BuyerProfile,
    title: str,
    category: Category,
    quantity: Decimal | None,
    unit: str,
    delivery_province: int,
    description: str = "",
    needed_by: date | None = None,
    recurrence: str = PurchaseRequest.Recurrence.ONCE,
    target_price: Decimal | None = None,
    required_certifications=(),
    min_ocop_stars: int | None = None,
) -> PurchaseRequest:
    """Posts the request; the matching cooperatives are found and told after the commit."""
    request = PurchaseRequest(
        buyer=buyer,
        title=title,
        description=description,
        category=category,
        quantity=quantity,
        unit=unit,
        delivery_province=delivery_province,
        needed_by=needed_by,
        recurrence=recurrence,
        target_price=target_price,
        min_ocop_stars=min_ocop_stars,
    )
    request.full_clean()
    request.save()
    request.required_certifications.set(required_certifications)
    enqueue(tasks.request_match_task, request_id=request.pk)
    enqueue(tasks.followers_notify_task, kind="request", pk=request.pk)
    return request


@transaction.atomic
def offer_make(
    *,
    request: PurchaseRequest,
    cooperative: Cooperative,
    price_per_unit: Decimal,
    quantity: Decimal,
    lead_time_days: int,
    message: str = "",
) -> Offer:
    if not request.is_open or request.is_hidden:
        raise ValidationError(_("This request is closed: it no longer takes offers."))
    offer = Offer(
        request=request,
        cooperative=cooperative,
        price_per_unit=price_per_unit,
        quantity=quantity,
        lead_time_days=lead_time_days,
        message=message,
    )
    offer.full_clean()
    offer.save()
    enqueue(tasks.offer_received_notify_task, offer_id=offer.pk)
    return offer


@transaction.atomic
def offer_accept(*, offer: Offer, buyer: BuyerProfile) -> Offer:
    """The buyer chooses this offer: both sides see each other's contacts. A one-off request
    closes (the other offers are not chosen); a recurring one stays open for more."""
    request = PurchaseRequest.objects.select_for_update().get(pk=offer.request_id)
    if request.buyer_id != buyer.pk:
        raise ValidationError(_("Only the buyer who posted the request can accept an offer."))
    if not request.is_open:
        raise ValidationError(_("This request is already closed."))
    if offer.status == Offer.Status.ACCEPTED:
        return offer
    now = timezone.now()
    offer.status = Offer.Status.ACCEPTED
    offer.accepted_at = now
    offer.save(update_fields=["status", "accepted_at"])
    if not request.is_recurring:
        request.offers.exclude(pk=offer.pk).update(status=Offer.Status.DECLINED)
        request.status = PurchaseRequest.Status.CLOSED
        request.closed_at = now
        request.save(update_fields=["status", "closed_at"])
    enqueue(tasks.offer_accepted_notify_task, offer_id=offer.pk)
    return offer


@transaction.atomic
def request_close(*, request: PurchaseRequest, buyer: BuyerProfile) -> PurchaseRequest:
    if request.buyer_id != buyer.pk:
        raise ValidationError(_("Only the buyer who posted the request can close it."))
    request.status = PurchaseRequest.Status.CLOSED
    request.closed_at = timezone.now()
    request.save(update_fields=["status", "closed_at"])
    return request


@transaction.atomic
def announcement_post(
    *,
    cooperative: Cooperative,
    title: str,
    category: Category,
    quantity: Decimal | None,
    unit: str,
    harvest_from: date,
    harvest_to: date,
    product: Product | None = None,
    price_min: Decimal | None = None,
    price_max: Decimal | None = None,
) -> HarvestAnnouncement:
    announcement = HarvestAnnouncement(
        cooperative=cooperative,
        title=title,
        category=category,
        product=product,
        quantity=quantity,
        unit=unit,
        harvest_from=harvest_from,
        harvest_to=harvest_to,
        price_min=price_min,
        price_max=price_max,
        province=cooperative.province,
    )
    announcement.full_clean()
    announcement.save()
    enqueue(tasks.followers_notify_task, kind="announcement", pk=announcement.pk)
    return announcement


def follow_add(*, user, category: Category | None = None, province: int | None = None) -> Follow:
    existing = Follow.objects.filter(user=user, category=category, province=province).first()
    if existing:
        return existing
    follow = Follow(user=user, category=category, province=province)
    follow.full_clean()
    follow.save()
    return follow


def follow_remove(*, user, follow_id: int) -> None:
    Follow.objects.filter(user=user, pk=follow_id).delete()


def post_hide(*, post: PurchaseRequest | HarvestAnnouncement, reason: str, hidden_by):
    """Staff hide spam or an off-topic post; the reason is kept."""
    if not reason.strip():
        raise ValidationError({"hidden_reason": _("Say why the post is hidden.")})
    post.hidden_at = timezone.now()
    post.hidden_reason = reason.strip()
    post.hidden_by = hidden_by
    post.save(update_fields=["hidden_at", "hidden_reason", "hidden_by"])
    return post
