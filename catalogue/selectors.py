"""Reads about products for the storefront."""

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from oscar.core.loading import get_model

from cooperatives.models import Cooperative

from .models import Product, ProductImage

Option = get_model("catalogue", "Option")
StockRecord = get_model("partner", "StockRecord")


def product_cards(products: QuerySet[Product]) -> QuerySet[Product]:
    """Everything a product card shows (image, price, cooperative), loaded in a fixed number of
    queries whatever the page size."""
    return (
        products.select_related("cooperative", "product_class")
        # Product.has_options reads these two, as in Oscar's base_queryset, instead of querying
        # once per card.
        .annotate(
            has_product_class_options=Exists(
                Option.objects.filter(productclass=OuterRef("product_class"))
            ),
            has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
        )
        .prefetch_related(
            Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner")),
            Prefetch("images", queryset=ProductImage.objects.order_by("display_order")),
        )
    )


def _products_public(*, cooperative: Cooperative | None = None) -> QuerySet[Product]:
    products = Product.objects.browsable().filter(
        is_public=True, cooperative__status=Cooperative.Status.APPROVED
    )
    if cooperative is not None:
        products = products.filter(cooperative=cooperative)
    return products.order_by("-date_created", "-id")


def product_list_public(*, cooperative: Cooperative | None = None) -> QuerySet[Product]:
    """Products a shopper may see: public, not variants, from approved cooperatives."""
    return product_cards(_products_public(cooperative=cooperative))


def product_ids_public(*, cooperative: Cooperative | None = None) -> QuerySet[int]:
    """The ids of product_list_public, in its order: what a grid of cached cards needs."""
    return _products_public(cooperative=cooperative).values_list("pk", flat=True)
