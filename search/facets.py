"""The facets shoppers narrow results with, declared once as data: each entry says its URL
parameter and label, the document field behind it, how its form field is built, how the form's
cleaned value becomes the values filtered on, how the options it counts get their labels (and in
what order they are shown), its Elasticsearch filter and aggregation, and its database equivalent
for the fallback. Adding a facet is adding an entry to FACETS.

Values of one facet combine with OR (two provinces: products of either), facets combine with AND.
A facet's counts leave its own selection out, so choosing one province still shows how many
products the other provinces have. Category is a drill-down: one value, and its counts include it.
"""

from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from django import forms
from django.db.models import Q as DbQ
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from elasticsearch_dsl import A, Q
from oscar.templatetags.currency_filters import currency

from catalogue.models import Certification, Product
from catalogue.tree import CategoryTree
from cooperatives.models import Cooperative
from places.selectors import province_choices, province_short_name


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
class Choice:
    """One option of a facet."""

    value: Hashable  # as the index counts it and the query filters on it
    param: str  # as the URL writes it
    label: str


# Labels for values of a facet (counted or chosen), in the order the facet shows them; values
# that no longer exist are left out. The category tree is read once per page for every facet.
Labeller = Callable[[Collection, CategoryTree], list[Choice]]


@dataclass(frozen=True)
class Facet:
    name: str  # URL parameter, form field and aggregation name
    label: Promise
    form_field: Callable[[], forms.Field]
    choices: Labeller
    field: str  # document field
    # The form's cleaned value (never empty) -> the values filtered on, as the index holds them.
    filter_values: Callable[[object], tuple] = tuple
    multi_select: bool = True
    by_count: bool = True  # options with the most products first; else in `choices` order
    drill_down: bool = False  # a tree walked one level at a time (the category)


@dataclass(frozen=True)
class TermsFacet(Facet):
    db_lookup: str = ""  # the same filter on the product queryset, for the fallback
    size: int = 10

    def es_filter(self, values: Sequence) -> Q:
        return Q("terms", **{self.field: list(values)})

    def es_agg(self) -> A:
        return A("terms", field=self.field, size=self.size)

    def db_filter(self, values: Sequence) -> DbQ:
        return DbQ(**{f"{self.db_lookup}__in": list(values)})


@dataclass(frozen=True)
class PriceFacet(Facet):
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


def price_label(price_range: PriceRange) -> str:
    if price_range.low is None:
        return gettext("Under %(price)s") % {"price": currency(price_range.high)}
    if price_range.high is None:
        return gettext("%(price)s and above") % {"price": currency(price_range.low)}
    return f"{currency(price_range.low)} – {currency(price_range.high)}"


def category_labels(values: Collection, tree: CategoryTree) -> list[Choice]:
    return [Choice(pk, str(pk), tree.nodes[pk].name) for pk in values if pk in tree.nodes]


def province_labels(values: Collection, tree: CategoryTree) -> list[Choice]:
    return [Choice(code, str(code), province_short_name(code)) for code in values]


def ocop_labels(values: Collection, tree: CategoryTree) -> list[Choice]:
    labels = dict(Product.OCOP_STAR_CHOICES)
    return [Choice(s, str(s), str(labels[s])) for s in sorted(values, reverse=True) if s in labels]


def price_labels(values: Collection, tree: CategoryTree) -> list[Choice]:
    return [Choice(r.key, r.key, price_label(r)) for r in PRICE_RANGES if r.key in values]


def certification_labels(values: Collection, tree: CategoryTree) -> list[Choice]:
    names = dict(Certification.objects.filter(code__in=values).values_list("code", "name"))
    return [Choice(code, code, names[code]) for code in values if code in names]


def cooperative_labels(values: Collection, tree: CategoryTree) -> list[Choice]:
    rows = Cooperative.objects.filter(pk__in=values).values_list("pk", "slug", "name")
    by_pk = {pk: (slug, name) for pk, slug, name in rows}
    return [Choice(pk, *by_pk[pk]) for pk in values if pk in by_pk]


CATEGORY = TermsFacet(
    name="category",
    label=_("Category"),
    # The index holds category ids as integers: a larger number would fail the query.
    form_field=partial(forms.IntegerField, min_value=1, max_value=2**31 - 1, required=False),
    filter_values=lambda pk: (pk,),
    choices=category_labels,
    field="category_ids",
    db_lookup="categories",
    size=500,
    multi_select=False,
    drill_down=True,
)
FACETS = [
    CATEGORY,
    TermsFacet(
        name="province",
        label=_("Province"),
        form_field=partial(
            forms.TypedMultipleChoiceField, coerce=int, choices=province_choices, required=False
        ),
        choices=province_labels,
        field="province",
        db_lookup="origin_province",
        size=40,
    ),
    TermsFacet(
        name="ocop",
        label=_("OCOP rating"),
        form_field=partial(
            forms.TypedMultipleChoiceField,
            coerce=int,
            choices=Product.OCOP_STAR_CHOICES,
            required=False,
        ),
        choices=ocop_labels,
        field="ocop_stars",
        db_lookup="ocop_stars",
        size=5,
        by_count=False,
    ),
    PriceFacet(
        name="price",
        label=_("Price"),
        form_field=partial(
            forms.MultipleChoiceField,
            choices=[(r.key, r.key) for r in PRICE_RANGES],
            required=False,
        ),
        choices=price_labels,
        field="price",
        by_count=False,
    ),
    TermsFacet(
        name="certification",
        label=_("Certifications"),
        form_field=partial(
            forms.ModelMultipleChoiceField,
            queryset=Certification.objects.all(),
            to_field_name="code",
            required=False,
        ),
        filter_values=lambda certifications: tuple(c.code for c in certifications),
        choices=certification_labels,
        field="certifications",
        db_lookup="certifications__code",
        size=30,
    ),
    TermsFacet(
        name="cooperative",
        label=_("Cooperative"),
        form_field=partial(
            forms.ModelMultipleChoiceField,
            queryset=Cooperative.objects.approved(),
            to_field_name="slug",
            required=False,
        ),
        filter_values=lambda cooperatives: tuple(c.pk for c in cooperatives),
        choices=cooperative_labels,
        field="cooperative_id",
        db_lookup="cooperative",
        size=30,
    ),
]
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}
