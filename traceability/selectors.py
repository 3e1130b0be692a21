"""Reads: public trace pages, GS1 Digital Link paths, a cooperative's lots."""

from django.core.cache import cache
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.http import Http404
from django.urls import reverse

from catalogue.models import Product
from catalogue.selectors import product_list_public
from cooperatives.models import Cooperative

from .models import Lot, ProductIdentity, Step
from .validators import LOT_CODE

RECALLED_PRODUCTS_KEY = "traceability:recalled-products"


def product_ids_recalled() -> frozenset[int]:
    """Products that have lots, every one of them recalled: they must not be sold until the
    cooperative records a lot that is not. Read once and cached until a lot changes
    (traceability/receivers.py), since every price and availability asks."""
    ids = cache.get(RECALLED_PRODUCTS_KEY)
    if ids is None:
        ids = frozenset(
            Lot.objects.values("product")
            .annotate(lots=Count("pk"), recalled=Count("pk", filter=Q(recalled_at__isnull=False)))
            .filter(lots=F("recalled"))
            .values_list("product", flat=True)
        )
        cache.set(RECALLED_PRODUCTS_KEY, ids, timeout=None)
    return ids


def product_is_recalled(*, product: Product) -> bool:
    return product.pk in product_ids_recalled()


def product_gtin(*, product: Product) -> str:
    """The product's GTIN as 14 digits, or "" when the cooperative has none."""
    identity = ProductIdentity.objects.filter(product=product).only("gtin").first()
    return identity.gtin if identity else ""


def product_trace_path(*, product: Product, gtin: str | None = None) -> str:
    """The GS1 Digital Link path of the product (/01/{gtin}), or its short path without one."""
    gtin = product_gtin(product=product) if gtin is None else gtin
    if gtin:
        return reverse("traceability:gs1-product", kwargs={"gtin": gtin})
    return reverse("traceability:product", kwargs={"product_id": product.pk})


def lot_trace_path(*, lot: Lot, gtin: str | None = None) -> str:
    """/01/{gtin}/10/{lot}, or the short path /tx/{product}/{lot} without a GTIN."""
    gtin = product_gtin(product=lot.product) if gtin is None else gtin
    if gtin:
        return reverse("traceability:gs1-lot", kwargs={"gtin": gtin, "code": lot.code})
    return reverse("traceability:lot", kwargs={"product_id": lot.product_id, "code": lot.code})


def _public_products() -> QuerySet[Product]:
    return product_list_public().select_related("cooperative").prefetch_related("certifications")


def trace_product_get(*, product_id: int | None = None, gtin: str | None = None) -> Product:
    """A public product by its id or its GTIN (any length: GS1 scanners may send 13 digits)."""
    products = _public_products()
    if gtin is not None:
        if not gtin.isdigit() or len(gtin) > 14:
            raise Http404
        products = products.filter(trace_identity__gtin=gtin.zfill(14))
    else:
        products = products.filter(pk=product_id)
    product = products.first()
    if product is None:
        raise Http404
    return product


def trace_lots_public(*, product: Product) -> QuerySet[Lot]:
    return Lot.objects.filter(product=product)


def trace_lot_get(*, product: Product, code: str) -> Lot:
    if not LOT_CODE.match(code):
        raise Http404
    lot = (
        Lot.objects.filter(product=product, code=code)
        .prefetch_related(
            Prefetch("steps", queryset=Step.objects.order_by("date", "pk")), "certificates"
        )
        .first()
    )
    if lot is None:
        raise Http404
    return lot


def seller_products(*, cooperative: Cooperative) -> QuerySet[Product]:
    """The products a cooperative records lots for (not variants)."""
    return Product.objects.filter(cooperative=cooperative, parent__isnull=True).order_by("title")


def seller_product_get(*, cooperative: Cooperative, product_id: int) -> Product:
    product = seller_products(cooperative=cooperative).filter(pk=product_id).first()
    if product is None:
        raise Http404
    return product


def seller_lots(*, cooperative: Cooperative, product: Product | None = None) -> QuerySet[Lot]:
    lots = Lot.objects.filter(product__cooperative=cooperative).select_related("product")
    if product is not None:
        lots = lots.filter(product=product)
    return lots.annotate(step_count=Count("steps")).order_by("-produced_on", "-pk")


def seller_lot_get(
    *, cooperative: Cooperative | None, lot_id: int, provinces: set[int] | None = None
) -> Lot:
    """A lot of this cooperative (None: any lot, for staff, of `provinces` if given); another
    cooperative's, or another province's, is a 404."""
    lots = Lot.objects.select_related("product", "product__cooperative").prefetch_related(
        "steps", "certificates"
    )
    if cooperative is not None:
        lots = lots.filter(product__cooperative=cooperative)
    if provinces is not None:
        lots = lots.filter(product__cooperative__province__in=provinces)
    lot = lots.filter(pk=lot_id).first()
    if lot is None:
        raise Http404
    return lot


def seller_last_lot(*, cooperative: Cooperative, lot_id: int | None) -> Lot | None:
    """The lot the seller wrote in last (remembered in the session), if still theirs."""
    if lot_id is None:
        return None
    return Lot.objects.filter(product__cooperative=cooperative, pk=lot_id).first()
