"""Reads about products for the storefront."""

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

from cooperatives.models import Cooperative

from .models import Product, ProductImage

Option = get_model("catalogue", "Option")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
ProductReview = get_model("reviews", "ProductReview")
StockRecord = get_model("partner", "StockRecord")


def _with_options_known(products: QuerySet[Product]) -> QuerySet[Product]:
    # Product.has_options reads these two, as in Oscar's base_queryset, instead of querying once
    # per product.
    return products.annotate(
        has_product_class_options=Exists(
            Option.objects.filter(productclass=OuterRef("product_class"))
        ),
        has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
    )


def _stockrecords() -> Prefetch:
    return Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner"))


def _images() -> Prefetch:
    return Prefetch("images", queryset=ProductImage.objects.order_by("display_order"))


def product_cards(products: QuerySet[Product]) -> QuerySet[Product]:
    """Everything a product card shows (image, price, cooperative), loaded in a fixed number of
    queries whatever the page size."""
    return _with_options_known(
        products.select_related("cooperative", "product_class")
    ).prefetch_related(_stockrecords(), _images())


def product_for_page() -> QuerySet[Product]:
    """Products as their page shows one: its class, cooperative and parent, stock records,
    pictures, categories, certifications and attributes, and how many approved reviews it has
    (Oscar's num_approved_reviews, counted here), in a fixed number of queries."""
    approved = (
        ProductReview.objects.filter(product=OuterRef("pk"), status=ProductReview.APPROVED)
        .order_by()
        .values("product")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        _with_options_known(
            Product.objects.select_related(
                "product_class", "cooperative", "parent__product_class", "parent__cooperative"
            )
        )
        .annotate(num_approved_reviews=Coalesce(Subquery(approved, output_field=IntegerField()), 0))
        .prefetch_browsable_categories()
        .prefetch_related(
            _stockrecords(),
            _images(),
            "certifications",
            Prefetch(
                "attribute_values",
                queryset=ProductAttributeValue.objects.select_related("attribute"),
            ),
        )
    )


def product_category_path(*, product: Product) -> list:
    """The product's first category and its ancestors, from the root down ([] without one).
    Its categories may be a list, prefetched by product_for_page."""
    categories = product.get_categories()
    return list(categories[0].get_ancestors_and_self()) if categories else []


def product_to_buy() -> QuerySet[Product]:
    """Products as the basket reads one that is added: its class and options, its cooperative
    and its parent's (the strategy's sellable check) and its stock records, in two queries."""
    return _with_options_known(
        Product.objects.select_related(
            "product_class", "cooperative", "parent__product_class", "parent__cooperative"
        )
    ).prefetch_related(_stockrecords())


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
