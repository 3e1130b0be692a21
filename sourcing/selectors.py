"""Reads: the public board, what each side may see of a request, the seller's workspace and the
staff figures."""

from django.db.models import Avg, Count, F, Min, OuterRef, Q, QuerySet, Subquery
from django.http import Http404

from catalogue.models import Category, Product
from catalogue.selectors import product_list_public
from cooperatives.models import Cooperative

from .models import BuyerProfile, HarvestAnnouncement, Offer, PurchaseRequest, RequestMatch


def buyer_profile_for_user(*, user) -> BuyerProfile | None:
    if not user.is_authenticated:
        return None
    return BuyerProfile.objects.filter(user=user).first()


def _in_category(queryset: QuerySet, category: Category | None) -> QuerySet:
    if category is None:
        return queryset
    return queryset.filter(category__path__startswith=category.path)


def request_list_public(
    *, category: Category | None = None, province: int | None = None, status: str | None = None
) -> QuerySet[PurchaseRequest]:
    """Requests on the board (not hidden), newest first, without the buyer's contact."""
    requests = PurchaseRequest.objects.filter(hidden_at__isnull=True).select_related("category")
    requests = _in_category(requests, category)
    if province is not None:
        requests = requests.filter(delivery_province=province)
    if status:
        requests = requests.filter(status=status)
    return (
        requests.annotate(offer_count=Count("offers"))
        .prefetch_related("required_certifications")
        .order_by("-created_at", "-pk")
    )


def request_get_public(*, pk: int, user=None) -> PurchaseRequest:
    """A request anyone may read; a hidden one only its buyer and staff."""
    request = (
        PurchaseRequest.objects.select_related("category", "buyer")
        .prefetch_related("required_certifications")
        .filter(pk=pk)
        .first()
    )
    if request is None:
        raise Http404
    if request.is_hidden and not (
        user is not None and (user.is_staff or request.buyer.user_id == user.pk)
    ):
        raise Http404
    return request


def request_list_for_buyer(*, buyer: BuyerProfile) -> QuerySet[PurchaseRequest]:
    return (
        buyer.requests.select_related("category")
        .annotate(offer_count=Count("offers"))
        .order_by("-created_at", "-pk")
    )


def request_offers_for_buyer(*, request: PurchaseRequest) -> QuerySet[Offer]:
    """Every offer on the buyer's own request, cheapest first, for the side-by-side table."""
    return request.offers.select_related("cooperative").order_by("price_per_unit", "created_at")


def request_matching_products(*, request: PurchaseRequest) -> QuerySet[Product]:
    """The products the search engine matched, still on sale."""
    ids = RequestMatch.products.through.objects.filter(requestmatch__request=request).values(
        "product_id"
    )
    return product_list_public().filter(pk__in=ids).select_related("cooperative")[:12]


def offer_for_cooperative(*, request: PurchaseRequest, cooperative: Cooperative) -> Offer | None:
    return Offer.objects.filter(request=request, cooperative=cooperative).first()


def offer_get_for_cooperative(*, cooperative: Cooperative, pk: int) -> Offer:
    """One of the cooperative's own offers; anyone else's is a 404."""
    offer = (
        Offer.objects.select_related("request__buyer", "request__category")
        .filter(pk=pk, cooperative=cooperative)
        .first()
    )
    if offer is None:
        raise Http404
    return offer


def offer_get_for_buyer(*, buyer: BuyerProfile, pk: int) -> Offer:
    offer = Offer.objects.select_related("request").filter(pk=pk, request__buyer=buyer).first()
    if offer is None:
        raise Http404
    return offer


def matches_for_cooperative(*, cooperative: Cooperative) -> QuerySet[RequestMatch]:
    """Requests the search engine matched with the cooperative's products (its workspace)."""
    return (
        RequestMatch.objects.filter(cooperative=cooperative, request__hidden_at__isnull=True)
        .select_related("request", "request__category")
        .annotate(
            offered=Count("request__offers", filter=Q(request__offers__cooperative=cooperative))
        )
    )


def offers_for_cooperative(*, cooperative: Cooperative) -> QuerySet[Offer]:
    return Offer.objects.filter(cooperative=cooperative).select_related("request")


def announcement_list_public(
    *, category: Category | None = None, province: int | None = None
) -> QuerySet[HarvestAnnouncement]:
    announcements = HarvestAnnouncement.objects.filter(hidden_at__isnull=True).select_related(
        "cooperative", "category", "product"
    )
    announcements = _in_category(announcements, category)
    if province is not None:
        announcements = announcements.filter(province=province)
    return announcements


def announcement_get_public(*, pk: int) -> HarvestAnnouncement:
    announcement = HarvestAnnouncement.objects.filter(pk=pk, hidden_at__isnull=True).first()
    if announcement is None:
        raise Http404
    return announcement


def sourcing_figures() -> dict[str, list[dict]]:
    """Requests, offers, accepted matches and the average time to a first offer, per delivery
    province and per category (hidden posts left out)."""
    first_offer = Subquery(
        Offer.objects.filter(request=OuterRef("pk"))
        .order_by()
        .values("request")
        .annotate(first=Min("created_at"))
        .values("first")[:1]
    )
    requests = (
        PurchaseRequest.objects.filter(hidden_at__isnull=True)
        .annotate(first_offer_at=first_offer)
        .order_by()
    )

    def grouped(field: str) -> list[dict]:
        rows = list(
            requests.values(field)
            .annotate(
                request_count=Count("pk", distinct=True),
                offer_count=Count("offers", distinct=True),
                accepted_count=Count(
                    "offers", filter=Q(offers__status=Offer.Status.ACCEPTED), distinct=True
                ),
            )
            .order_by("-request_count", field)
        )
        # Apart from the counts: their join on offers would weigh each request by its offers.
        answer_times = dict(
            requests.filter(first_offer_at__isnull=False)
            .values(field)
            .annotate(answer_time=Avg(F("first_offer_at") - F("created_at")))
            .values_list(field, "answer_time")
        )
        return [{**row, "answer_time": answer_times.get(row[field])} for row in rows]

    return {"provinces": grouped("delivery_province"), "categories": grouped("category__name")}
