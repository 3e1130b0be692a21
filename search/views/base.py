"""What the search, browse and category pages share: read the parameters, ask Elasticsearch (or the
database while it is unavailable), load the page's products, describe the facets."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from oscar.templatetags.currency_filters import currency

from catalogue.models import Certification, Product
from catalogue.selectors import product_list_public
from cooperatives.models import Cooperative
from places.collation import vietnamese_sort_key
from places.selectors import province_short_name

from ..client import SearchUnavailable
from ..documents import CategoryTree
from ..facets import CATEGORY, FACETS, FACETS_BY_NAME, PRICE_RANGES, PriceRange
from ..forms import SearchForm
from ..selectors import (
    MAX_RESULT_WINDOW,
    ProductResults,
    product_search,
    product_search_fallback,
)

PARAMETERS = ("q", "sort", *(facet.name for facet in FACETS))


@dataclass
class FacetOption:
    label: str
    url: str
    count: int | None = None
    selected: bool = False
    up: bool = False  # the way back to the parent category


@dataclass
class FacetGroup:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)


class _Window(Sequence):
    """One page of hits standing in for all of them, so Django's Paginator can count pages."""

    def __init__(self, items: list, *, count: int) -> None:
        self.items, self.size = items, count

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index):
        return self.items


def price_label(price_range: PriceRange) -> str:
    if price_range.low is None:
        return _("Under %(price)s") % {"price": currency(price_range.high)}
    if price_range.high is None:
        return _("%(price)s and above") % {"price": currency(price_range.low)}
    return f"{currency(price_range.low)} – {currency(price_range.high)}"


class ProductListView(TemplateView):
    """A page of products from Elasticsearch with facets, sorting and pagination; the database
    fallback, with a notice, while Elasticsearch is down, slow or switched off."""

    form_class = SearchForm

    def get_within_category(self) -> int | None:
        return None

    def get(self, request, *args, **kwargs):
        self.form = self.form_class(request.GET)
        self.query = self.form.product_query(
            within_category=self.get_within_category(),
            per_page=settings.OSCAR_PRODUCTS_PER_PAGE,
        )
        self.last_page = MAX_RESULT_WINDOW // self.query.per_page
        if self.query.page > self.last_page:
            raise Http404(_("There is no such page."))
        try:
            self.results, self.unavailable = product_search(query=self.query), False
        except SearchUnavailable:
            self.results, self.unavailable = product_search_fallback(query=self.query), True
        if self.query.page > 1 and not self.results.ids:
            raise Http404(_("There is no such page."))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        products = self.page_products()
        count = min(self.results.total, self.last_page * self.query.per_page)
        paginator = Paginator(_Window(products, count=count), self.query.per_page)
        params = self.canonical_params()
        facets = Facets(self, params)
        context.update(
            form=self.form,
            query=self.query.text,
            sort=self.query.sort,
            products=products,
            total=self.results.total,
            paginator=paginator,
            page_obj=paginator.page(self.query.page),
            is_paginated=paginator.num_pages > 1,
            facets=facets.groups(),
            selected_filters=facets.selected(),
            clear_filters_url=self.url(self.params_with(q=self.query.text)),
            sort_hidden_params=[
                (name, value)
                for name, values in params.lists()
                if name != "sort"
                for value in values
            ],
            suggestion=self.results.suggestion,
            suggestion_url=self.url(self.params_with(q=self.results.suggestion)),
            typo_tolerant=self.results.typo_tolerant,
            search_unavailable=self.unavailable,
        )
        return context

    def page_products(self) -> list[Product]:
        """The page's products in the order Elasticsearch ranked them. A hit the index still holds
        but a shopper may no longer see (the product deleted or hidden, its cooperative suspended,
        while the update waits in the queue) is left out."""
        ids = self.results.ids
        by_id = {p.pk: p for p in product_list_public().filter(pk__in=ids)}
        products = [by_id[pk] for pk in ids if pk in by_id]
        for product in products:
            product.search_highlight = self.results.highlights.get(product.pk, "")
        return products

    def canonical_params(self) -> QueryDict:
        """The request's known, non-empty parameters, without the page: the base of every link."""
        params = QueryDict(mutable=True)
        for name in PARAMETERS:
            values = [v for v in self.request.GET.getlist(name) if v.strip()]
            if values:
                params.setlist(name, values)
        return params

    @staticmethod
    def params_with(**values: str) -> QueryDict:
        params = QueryDict(mutable=True)
        params.update({name: value for name, value in values.items() if value})
        return params

    def url(self, params: QueryDict) -> str:
        query_string = params.urlencode()
        return f"{self.request.path}?{query_string}" if query_string else self.request.path


class Facets:
    """The sidebar: every facet's options with counts and links, and the chosen filters with a
    link that removes each."""

    def __init__(self, view: ProductListView, params: QueryDict) -> None:
        self.view = view
        self.params = params
        self.results: ProductResults = view.results
        self.form = view.form
        self.tree = CategoryTree()

    def link(self, name: str, value: str, *, single: bool = False) -> str:
        """The current URL with `value` switched on or off for parameter `name`."""
        params = self.params.copy()
        values = params.getlist(name)
        if value in values:
            values.remove(value)
        else:
            values = [value] if single else [*values, value]
        params.setlist(name, values)
        if not values:
            del params[name]
        return self.view.url(params)

    def option(self, name: str, value, label: str, count: int | None = None) -> FacetOption:
        value = str(value)
        single = name == CATEGORY.name
        return FacetOption(
            label=label,
            url=self.link(name, value, single=single),
            count=count,
            selected=value in self.params.getlist(name),
        )

    def counts(self, name: str) -> dict:
        return self.results.facets.get(name, {})

    def groups(self) -> list[FacetGroup]:
        if not self.results.facets:
            return []
        groups = [
            FacetGroup(CATEGORY.name, str(CATEGORY.label), self.category_options()),
            self.province_group(),
            self.ocop_group(),
            self.price_group(),
            self.certification_group(),
            self.cooperative_group(),
        ]
        return [group for group in groups if group.options]

    def category_options(self) -> list[FacetOption]:
        """Drill-down: the subcategories of the chosen category (or of the page's category, or the
        top level), and a link back up."""
        counts = self.counts(CATEGORY.name)
        within = self.view.get_within_category()
        chosen = self.form.cleaned(CATEGORY.name)
        chosen = chosen if chosen in self.tree.nodes and chosen != within else None
        options = [
            self.option(CATEGORY.name, node.id, node.name, counts[node.id])
            for node in self.tree.children(chosen or within)
            if counts.get(node.id)
        ]
        if chosen:
            node = self.tree.nodes[chosen]
            up = self.params.copy()
            outside_page = within is not None and within not in node.ancestor_ids
            if node.parent_id is None or node.parent_id == within or outside_page:
                del up[CATEGORY.name]
                label = self.tree.nodes[within].name if within else _("All categories")
            else:
                up[CATEGORY.name] = str(node.parent_id)
                label = self.tree.nodes[node.parent_id].name
            options.insert(0, FacetOption(label=label, url=self.view.url(up), up=True))
        return options

    def by_count(self, name: str, values: dict) -> FacetGroup:
        """Options for `values` ({value counted: (URL value, label)}), most products first."""
        counts = self.counts(name)
        options = [
            self.option(name, url_value, label, counts[value])
            for value, (url_value, label) in values.items()
            if value in counts
        ]
        options.sort(key=lambda option: (-option.count, vietnamese_sort_key(option.label)))
        return FacetGroup(name, str(FACETS_BY_NAME[name].label), options)

    def province_group(self) -> FacetGroup:
        return self.by_count(
            "province",
            {code: (code, province_short_name(code)) for code in self.counts("province")},
        )

    def ocop_group(self) -> FacetGroup:
        labels = dict(Product.OCOP_STAR_CHOICES)
        counts = self.counts("ocop")
        options = [
            self.option("ocop", stars, str(labels[stars]), counts[stars])
            for stars in sorted(counts, reverse=True)
            if stars in labels
        ]
        return FacetGroup("ocop", str(FACETS_BY_NAME["ocop"].label), options)

    def price_group(self) -> FacetGroup:
        counts = self.counts("price")
        options = [
            self.option("price", r.key, price_label(r), counts.get(r.key, 0))
            for r in PRICE_RANGES
            if counts.get(r.key) or r.key in self.params.getlist("price")
        ]
        return FacetGroup("price", str(FACETS_BY_NAME["price"].label), options)

    def certification_group(self) -> FacetGroup:
        rows = Certification.objects.filter(code__in=self.counts("certification"))
        return self.by_count(
            "certification", {code: (code, name) for code, name in rows.values_list("code", "name")}
        )

    def cooperative_group(self) -> FacetGroup:
        rows = Cooperative.objects.filter(pk__in=self.counts("cooperative"))
        return self.by_count(
            "cooperative",
            {pk: (slug, name) for pk, slug, name in rows.values_list("pk", "slug", "name")},
        )

    def selected(self) -> list[FacetOption]:
        """The chosen filters, each with the link that removes it."""
        labels = dict(Product.OCOP_STAR_CHOICES)
        chosen = []
        category = self.form.cleaned(CATEGORY.name)
        if category in self.tree.nodes:
            chosen.append(self.option(CATEGORY.name, category, self.tree.nodes[category].name))
        chosen += [
            self.option("province", c, province_short_name(c))
            for c in self.form.cleaned("province", [])
        ]
        chosen += [self.option("ocop", s, str(labels[s])) for s in self.form.cleaned("ocop", [])]
        chosen += [
            self.option("price", r.key, price_label(r))
            for r in PRICE_RANGES
            if r.key in self.form.cleaned("price", [])
        ]
        chosen += [
            self.option("certification", c.code, c.name)
            for c in self.form.cleaned("certification", [])
        ]
        chosen += [
            self.option("cooperative", c.slug, c.name) for c in self.form.cleaned("cooperative", [])
        ]
        return chosen
