"""Reads about listings: what waits for review, what sellers and staff may see."""

from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from oscar.core.loading import get_model

from catalogue.models import Certification, Product
from cooperatives.models import Cooperative
from cooperatives.selectors import cooperative_list_for_staff

from .models import ListingRevision, ModerationPolicy

StockRecord = get_model("partner", "StockRecord")


def listing_stockrecord(*, product: Product):
    """The product's stock record at its own cooperative (the only partner it may have)."""
    if product.cooperative_id is None:
        return None
    return StockRecord.objects.filter(
        product=product, partner_id=product.cooperative.partner_id
    ).first()


def listing_approved_values(*, product: Product) -> dict:
    """The moderated values shoppers see now, to compare a seller's save with."""
    stockrecord = listing_stockrecord(product=product)
    return {
        "title": product.title,
        "description": product.description,
        "price": stockrecord.price if stockrecord is not None else None,
        "ocop_stars": product.ocop_stars,
        "certifications": list(product.certifications.values_list("pk", flat=True)),
        "images": {"add": [], "remove": []},
    }


def listing_pending_revision(*, product: Product) -> ListingRevision | None:
    return product.revisions.filter(status=ListingRevision.Status.PENDING).first()


def price_change_free_percent(*, province: int) -> int:
    policy = ModerationPolicy.objects.filter(province=province).first()
    return (
        policy.price_change_free_percent
        if policy is not None
        else settings.LISTING_PRICE_CHANGE_FREE_PERCENT
    )


def revision_list_for_staff(*, user, status: str = ListingRevision.Status.PENDING):
    return (
        ListingRevision.objects.filter(
            status=status, cooperative__in=cooperative_list_for_staff(user=user)
        )
        .select_related("product", "cooperative", "submitted_by")
        .order_by("submitted_at")
    )


def revision_list_for_cooperative(
    *, cooperative: Cooperative, status: str
) -> QuerySet[ListingRevision]:
    """A cooperative's listings awaiting review, or (status rejected) those refused and not
    changed since, with the staff's reasons."""
    revisions = ListingRevision.objects.filter(cooperative=cooperative, status=status)
    if status == ListingRevision.Status.REJECTED:
        newer = ListingRevision.objects.filter(product=OuterRef("product"), pk__gt=OuterRef("pk"))
        revisions = revisions.exclude(Exists(newer))
    return revisions.select_related("product").order_by("-submitted_at")


def seller_orders_today(*, cooperative: Cooperative, limit: int = 20):
    """Orders placed today (site time) with lines of this cooperative, newest first, each with
    how many of its lines and what amount are the cooperative's (Oscar's Line.partner)."""
    Order = get_model("order", "Order")
    start = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    mine = Q(lines__partner_id=cooperative.partner_id)
    return (
        Order.objects.filter(mine, date_placed__gte=start)
        .annotate(
            cooperative_lines=Count("lines", filter=mine),
            cooperative_total=Sum("lines__line_price_incl_tax", filter=mine),
        )
        .order_by("-date_placed")[:limit]
    )


def seller_low_stock(*, cooperative: Cooperative, limit: int = 20):
    """The cooperative's stock records at or below their low-stock threshold (free stock:
    in stock minus allocated)."""
    return (
        StockRecord.objects.filter(
            partner_id=cooperative.partner_id, low_stock_threshold__isnull=False
        )
        .annotate(free=F("num_in_stock") - Coalesce(F("num_allocated"), 0))
        .filter(free__lte=F("low_stock_threshold"))
        .select_related("product")
        .order_by("free")[:limit]
    )


def listing_export_rows(*, cooperative: Cooperative) -> list[dict]:
    """The cooperative's listings in the CSV import's format: what shoppers see now, or the
    pending values when a change waits for review, so an export re-imports unchanged."""
    stockrecords = (
        StockRecord.objects.filter(partner_id=cooperative.partner_id, product__parent__isnull=True)
        .select_related("product")
        .prefetch_related("product__categories", "product__certifications")
        .order_by("partner_sku")
    )
    pending = {
        revision.product_id: revision.data
        for revision in ListingRevision.objects.filter(
            cooperative=cooperative, status=ListingRevision.Status.PENDING
        )
    }
    codes = dict(Certification.objects.values_list("pk", "code"))
    rows = []
    for stockrecord in stockrecords:
        product = stockrecord.product
        data = pending.get(product.pk) or {
            "title": product.title,
            "description": product.description,
            "price": stockrecord.price,
            "ocop_stars": product.ocop_stars,
            "certifications": [c.pk for c in product.certifications.all()],
        }
        category = next(iter(product.categories.all()), None)
        rows.append(
            {
                "sku": stockrecord.partner_sku,
                "title": data["title"],
                "description": data["description"],
                "category": " > ".join(c.name for c in category.get_ancestors_and_self())
                if category
                else "",
                "price": int(Decimal(data["price"])) if data["price"] is not None else "",
                "num_in_stock": stockrecord.num_in_stock,
                "low_stock_threshold": stockrecord.low_stock_threshold or "",
                "ocop_stars": data["ocop_stars"] or "",
                "certifications": ";".join(
                    codes[pk] for pk in data["certifications"] if pk in codes
                ),
                "origin_province": product.origin_province_short_name,
                "origin_commune": product.origin_commune_name,
                "unit": product.unit,
                "shelf_life_days": product.shelf_life_days or "",
                "upc": product.upc or "",
            }
        )
    return rows
