"""Work done after a commit, off the request's path: matching a request through the search
engine, and the e-mails. Each task is idempotent and safe to run again."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ops.tasks import RetryingTask
from search.client import SearchUnavailable
from search.matching import cooperatives_matching

from .models import Follow, HarvestAnnouncement, Offer, PurchaseRequest, RequestMatch
from .neighbours import province_and_neighbours

logger = logging.getLogger("sourcing")


def _absolute(path: str) -> str:
    return settings.SOURCING_SITE_URL.rstrip("/") + path


def _mail(*, template: str, recipients: list[str], context: dict) -> None:
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(
            render_to_string(f"sourcing/email/{template}_subject.txt", context).split()
        )
        body = render_to_string(f"sourcing/email/{template}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def _cooperative_addresses(cooperative) -> list[str]:
    return [cooperative.email, *cooperative.partner.users.values_list("email", flat=True)]


@shared_task(base=RetryingTask)
def request_match_task(*, request_id: int) -> int:
    """Finds the cooperatives whose products match the request, records them for their workspace
    and e-mails each once. Returns how many cooperatives match."""
    request = (
        PurchaseRequest.objects.select_related("category")
        .prefetch_related("required_certifications")
        .filter(pk=request_id, hidden_at__isnull=True)
        .first()
    )
    if request is None:
        return 0
    try:
        found = cooperatives_matching(
            category_id=request.category_id,
            provinces=province_and_neighbours(request.delivery_province),
            certification_codes=[c.code for c in request.required_certifications.all()],
            min_ocop_stars=request.min_ocop_stars,
        )
    except SearchUnavailable:
        logger.warning("Request %s not matched: search is unavailable", request_id)
        return 0
    url = _absolute(reverse("sourcing:request-detail", kwargs={"pk": request.pk}))
    for cooperative_id, product_ids in found.items():
        match, _created = RequestMatch.objects.get_or_create(
            request=request, cooperative_id=cooperative_id
        )
        match.products.set(product_ids)
        if match.notified_at is None:
            _mail(
                template="request_matched",
                recipients=_cooperative_addresses(match.cooperative),
                context={"request": request, "cooperative": match.cooperative, "url": url},
            )
            match.notified_at = timezone.now()
            match.save(update_fields=["notified_at"])
    request.matched_at = timezone.now()
    request.save(update_fields=["matched_at"])
    return len(found)


@shared_task(base=RetryingTask)
def followers_notify_task(*, kind: str, pk: int) -> int:
    """E-mails the users who follow the post's category (or one above it) or its province."""
    if kind == "request":
        post = PurchaseRequest.objects.select_related("category", "buyer").get(pk=pk)
        province, author = post.delivery_province, post.buyer.user_id
        path = reverse("sourcing:request-detail", kwargs={"pk": pk})
    else:
        post = HarvestAnnouncement.objects.select_related("category", "cooperative").get(pk=pk)
        province, author = post.province, None
        path = reverse("sourcing:announcement-list") + f"#mua-vu-{pk}"
    if post.is_hidden:
        return 0
    categories = [c.pk for c in post.category.get_ancestors_and_self()]
    follows = (
        Follow.objects.filter(Q(category__isnull=True) | Q(category__in=categories))
        .filter(Q(province__isnull=True) | Q(province=province))
        .exclude(user_id=author)
        .select_related("user")
    )
    recipients = sorted({follow.user.email for follow in follows})
    for address in recipients:
        _mail(
            template=f"follow_{kind}",
            recipients=[address],
            context={"post": post, "url": _absolute(path)},
        )
    return len(recipients)


@shared_task(base=RetryingTask)
def offer_received_notify_task(*, offer_id: int) -> None:
    offer = Offer.objects.select_related("request__buyer", "cooperative").get(pk=offer_id)
    _mail(
        template="offer_received",
        recipients=[offer.request.buyer.email],
        context={
            "offer": offer,
            "url": _absolute(reverse("sourcing:request-detail", kwargs={"pk": offer.request_id})),
        },
    )


@shared_task(base=RetryingTask)
def offer_accepted_notify_task(*, offer_id: int) -> None:
    offer = Offer.objects.select_related("request__buyer", "cooperative__partner").get(pk=offer_id)
    _mail(
        template="offer_accepted",
        recipients=_cooperative_addresses(offer.cooperative),
        context={
            "offer": offer,
            "buyer": offer.request.buyer,
            "url": _absolute(reverse("sourcing-dashboard:offer-detail", kwargs={"pk": offer.pk})),
        },
    )
