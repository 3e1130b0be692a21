"""The facets shoppers narrow results with: their URL parameter, the document field behind them,
their Elasticsearch filter and aggregation, and their database equivalent for the fallback.

Values of one facet combine with OR (two provinces: products of either), facets combine with AND.
A facet's counts leave its own selection out, so choosing one province still shows how many
products the other provinces have. Category is a drill-down: one value, and its counts include it.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q as DbQ
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from elasticsearch_dsl import A, Q


@dataclass(frozen=True)
class PriceRange:
    key: str  # the URL value: "100000-200000", "500000-"
    low: int | None
    high: int | None  # exclusive


PRICE_RANGES = [
    PriceRange("0-100000", None, 100_000),
    PriceRange("100000-200000", 100_000, 200_000),
    PriceRange("200000-500000", 200_000, 500_000),
    PriceRange("500000-", 500_000, None),
]
PRICE_RANGE_BY_KEY = {r.key: r for r in PRICE_RANGES}


@dataclass(frozen=True)
class TermsFacet:
    name: str  # URL parameter and aggregation name
    label: Promise
    field: str  # document field
    db_lookup: str  # the same filter on the product queryset, for the fallback
    size: int
    multi_select: bool = True

    def es_filter(self, values: Sequence) -> Q:
        return Q("terms", **{self.field: list(values)})

    def es_agg(self) -> A:
        return A("terms", field=self.field, size=self.size)

    def db_filter(self, values: Sequence) -> DbQ:
        return DbQ(**{f"{self.db_lookup}__in": list(values)})


@dataclass(frozen=True)
class PriceFacet:
    name: str
    label: Promise
    field: str = "price"
    multi_select: bool = True

    def es_filter(self, values: Sequence[str]) -> Q:
        ranges = [PRICE_RANGE_BY_KEY[key] for key in values]
        return Q(
            "bool",
            should=[Q("range", **{self.field: _bounds(r, "gte", "lt")}) for r in ranges],
            minimum_should_match=1,
        )

    def es_agg(self) -> A:
        return A(
            "range",
            field=self.field,
            ranges=[{"key": r.key, **_bounds(r, "from", "to")} for r in PRICE_RANGES],
        )

    def db_filter(self, values: Sequence[str]) -> DbQ:
        """A product's own stock records, or a parent's public variants' (as in the index)."""
        condition = DbQ(pk__in=[])
        for key in values:
            bounds = _bounds(PRICE_RANGE_BY_KEY[key], "gte", "lt")
            own = {f"stockrecords__price__{op}": Decimal(v) for op, v in bounds.items()}
            variants = {f"children__{lookup}": value for lookup, value in own.items()}
            condition |= DbQ(**own) | DbQ(children__is_public=True, **variants)
        return condition


def _bounds(price_range: PriceRange, low_name: str, high_name: str) -> dict[str, int]:
    bounds = {low_name: price_range.low, high_name: price_range.high}
    return {name: value for name, value in bounds.items() if value is not None}


CATEGORY = TermsFacet(
    "category", _("Category"), "category_ids", "categories", size=500, multi_select=False
)
FACETS = [
    CATEGORY,
    TermsFacet("province", _("Province"), "province", "origin_province", size=40),
    TermsFacet("ocop", _("OCOP rating"), "ocop_stars", "ocop_stars", size=5),
    PriceFacet("price", _("Price")),
    TermsFacet("certification", _("Certifications"), "certifications", "certifications__code", 30),
    TermsFacet("cooperative", _("Cooperative"), "cooperative_id", "cooperative", size=30),
]
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}
