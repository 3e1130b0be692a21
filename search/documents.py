"""What Elasticsearch holds: one document per product, cooperative and category a shopper may see.

Each Document class is the mapping of its index; it also says which rows may be indexed
(`indexable`) and builds the sources of a batch of them (`sources`) in a fixed number of queries,
whatever the batch size. Sources are plain dicts: building Document instances and serialising them
field by field took longer than reading the rows.
"""

import hashlib
import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.db.models import Prefetch, Q, QuerySet
from elasticsearch_dsl import (
    Boolean,
    Byte,
    Date,
    Document,
    Float,
    Integer,
    Keyword,
    ScaledFloat,
    SearchAsYouType,
    Text,
)
from oscar.core.loading import get_class

from catalogue.models import Category, Product
from catalogue.selectors import product_list_public
from catalogue.tree import CategoryTree
from cooperatives.models import Cooperative

from .analysis import accented, folded, folded_search, normalize

Selector = get_class("partner.strategy", "Selector")


def text_field(
    *, as_written: bool = True, suggest: bool = False, copy_to: str | None = None
) -> Text:
    """Text indexed folded (`.folded`) and, unless no query needs it, as written with its accents
    (the field itself); `.suggest` adds search-as-you-type prefixes on the folded form."""
    fields = {"folded": Text(analyzer=folded, search_analyzer=folded_search)}
    if suggest:
        fields["suggest"] = SearchAsYouType(analyzer=folded)
    extra = {"copy_to": copy_to} if copy_to else {}
    return Text(analyzer=accented, index=as_written, fields=fields, **extra)


def stored(*, copy_to: str | None = None) -> Keyword:
    """Kept in the source (and copied into a searched field) but not indexed itself."""
    extra = {"copy_to": copy_to} if copy_to else {}
    return Keyword(index=False, doc_values=False, **extra)


class IndexedDocument(Document):
    """The mapping of an index kept in step with a model. `fingerprint` (a hash of the rest of the
    source) lets `search_reindex --check` find documents that no longer match the database."""

    index_kind = ""  # the alias suffix: "products", "cooperatives", "categories"
    fingerprint = stored()

    @classmethod
    def indexable(cls) -> QuerySet:
        """The rows a shopper may see, with what `sources` reads."""
        raise NotImplementedError

    @classmethod
    def sources(cls, objects: Sequence) -> dict[int, dict]:
        """{pk: source} for these rows, each with its fingerprint."""
        raise NotImplementedError

    @classmethod
    def related_product_ids(cls, ids: Iterable[int]) -> list[int]:
        """Products whose documents show something of these rows (a category's name, a
        cooperative's status), to re-index with them."""
        return []


def fingerprinted(source: dict) -> dict:
    canonical = json.dumps(source, sort_keys=True, default=str, ensure_ascii=False)
    return {
        **source,
        "fingerprint": hashlib.blake2b(canonical.encode(), digest_size=12).hexdigest(),
    }


# Shoppers prefer what they can buy now, OCOP-rated products and what others buy.
STARS_WEIGHT = {3: 0.1, 4: 0.2, 5: 0.3}


def popularity(*, available: bool, stars: int | None, sales: int) -> float:
    """The factor a product's text score is multiplied by (README.md, "Relevance decisions"):
    from 1 (unavailable, unrated, never sold) to about 2.5 (an in-stock 5-star best seller)."""
    return round(
        1 + (0.5 if available else 0) + STARS_WEIGHT.get(stars, 0) + 0.1 * math.log1p(sales), 4
    )


TAG = re.compile(r"<[^>]*>")


def plain_text(markup: str) -> str:
    """Descriptions are HTML from the dashboard's editor; a regular expression strips them about
    ten times faster than Django's strip_tags, which is plenty for an index."""
    return normalize(html.unescape(TAG.sub(" ", markup)))


def prices_and_availability(product: Product, *, strategy) -> tuple[list[float], bool]:
    """What a product sells for, from the strategy, and whether it can be bought now. A parent is
    sold as its public variants: it has every price they have (a price filter or sort matches any
    of them, as a shopper choosing a variant would) and is available when one of them is. Only
    the available ones' prices count while there are any."""
    variants = product.public_children if product.is_parent else [product]
    infos = [strategy.fetch_for_product(variant) for variant in variants]
    buyable = [info for info in infos if info.availability.is_available_to_buy]
    prices = {
        float(info.price.incl_tax if info.price.is_tax_known else info.price.excl_tax)
        for info in buyable or infos
        if info.price.exists
    }
    return sorted(prices), bool(buyable)


class ProductDocument(IndexedDocument):
    index_kind = "products"

    title = text_field(suggest=True, copy_to="all_text")
    description = text_field(as_written=False, copy_to="all_text")  # .folded: highlights
    categories = text_field(as_written=False, copy_to="all_text")  # .folded: a boost
    province_name = stored(copy_to="all_text")
    commune_name = stored(copy_to="all_text")
    certification_names = stored(copy_to="all_text")
    # Everything a shopper may type, so every word of a query must match somewhere.
    all_text = text_field()
    # Not in all_text: "HTX Cà phê Ea Tu" would make its honey match "cà phê".
    cooperative = stored()

    slug = stored()
    upc = Keyword()
    category_ids = Integer()
    cooperative_id = Integer()
    province = Integer()
    commune = Integer()
    ocop_stars = Byte()
    certifications = Keyword()
    price = ScaledFloat(scaling_factor=100)  # every price of a parent's variants
    is_available = Boolean()
    rating = Float()
    num_purchases = Integer()
    date_created = Date()
    popularity = Float()

    @classmethod
    def indexable(cls) -> QuerySet[Product]:
        return (
            product_list_public()
            .select_related(None)
            .prefetch_related(None)
            .select_related("cooperative", "product_class", "stats")
            .prefetch_related(
                "stockrecords",
                Prefetch("certifications", to_attr="certification_list"),
                Prefetch(
                    "children",
                    queryset=Product.objects.filter(is_public=True).prefetch_related(
                        "stockrecords"
                    ),
                    to_attr="public_children",
                ),
            )
            .order_by("pk")
        )

    @classmethod
    def sources(cls, objects: Sequence[Product]) -> dict[int, dict]:
        strategy = Selector().strategy()
        tree = CategoryTree()
        # The category ids straight from the link table: the tree has the rest, and building a
        # Category per link cost more than the whole document.
        links = Product.categories.through.objects.filter(product__in=[p.pk for p in objects])
        categories = defaultdict(list)
        # No ordering: the link model's (by product date, category path) would join both tables.
        for product_id, category_id in links.order_by().values_list("product_id", "category_id"):
            categories[product_id].append(category_id)
        return {
            product.pk: fingerprinted(
                cls.product_source(
                    product, strategy=strategy, tree=tree, category_ids=categories[product.pk]
                )
            )
            for product in objects
        }

    @classmethod
    def product_source(
        cls, product: Product, *, strategy, tree: CategoryTree, category_ids: list[int]
    ) -> dict:
        prices, available = prices_and_availability(product, strategy=strategy)
        category_ids = tree.with_ancestors(category_ids)
        certifications = product.certification_list
        stats = getattr(product, "stats", None)
        sales = stats.num_purchases if stats else 0
        return {
            "title": normalize(product.get_title()),
            "description": plain_text(product.description),
            "categories": [tree.nodes[pk].name for pk in category_ids],
            "cooperative": product.cooperative.name,
            "province_name": product.origin_province_short_name,
            "commune_name": product.origin_commune_name,
            "certification_names": [c.name for c in certifications],
            "slug": product.slug,
            "upc": product.upc or None,
            "category_ids": category_ids,
            "cooperative_id": product.cooperative_id,
            "province": product.origin_province,
            "commune": product.origin_commune,
            "ocop_stars": product.ocop_stars,
            "certifications": [c.code for c in certifications],
            "price": prices,
            "is_available": available,
            "rating": product.rating,
            "num_purchases": sales,
            "date_created": product.date_created.isoformat(),
            "popularity": popularity(available=available, stars=product.ocop_stars, sales=sales),
        }


class CooperativeDocument(IndexedDocument):
    index_kind = "cooperatives"

    name = text_field(as_written=False, suggest=True)
    slug = stored()
    province = Integer()
    province_name = stored()

    @classmethod
    def indexable(cls) -> QuerySet[Cooperative]:
        return Cooperative.objects.approved().order_by("pk")

    @classmethod
    def sources(cls, objects: Sequence[Cooperative]) -> dict[int, dict]:
        return {
            cooperative.pk: fingerprinted(
                {
                    "name": normalize(cooperative.name),
                    "slug": cooperative.slug,
                    "province": cooperative.province,
                    "province_name": cooperative.province_short_name,
                }
            )
            for cooperative in objects
        }

    @classmethod
    def related_product_ids(cls, ids: Iterable[int]) -> list[int]:
        return list(Product.objects.filter(cooperative__in=list(ids)).values_list("pk", flat=True))


class CategoryDocument(IndexedDocument):
    index_kind = "categories"

    name = text_field(as_written=False, suggest=True)
    full_name = stored()
    url = stored()

    @classmethod
    def indexable(cls) -> QuerySet[Category]:
        return Category.objects.browsable().order_by("pk")

    @classmethod
    def sources(cls, objects: Sequence[Category]) -> dict[int, dict]:
        tree = CategoryTree()
        return {
            category.pk: fingerprinted(
                {
                    "name": normalize(category.name),
                    "full_name": tree.full_name(category.pk),
                    "url": category.get_absolute_url(),
                }
            )
            for category in objects
        }

    @classmethod
    def related_product_ids(cls, ids: Iterable[int]) -> list[int]:
        paths = Category.objects.filter(pk__in=list(ids)).values_list("path", flat=True)
        subtree = Q()
        for path in paths:
            subtree |= Q(categories__path__startswith=path)
        if not subtree:
            return []
        return list(Product.objects.filter(subtree).values_list("pk", flat=True).distinct())


DOCUMENTS: dict[str, type[IndexedDocument]] = {
    document.index_kind: document
    for document in (ProductDocument, CooperativeDocument, CategoryDocument)
}
