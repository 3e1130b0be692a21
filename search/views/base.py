"""What the search, browse and category pages share: read the parameters, ask Elasticsearch (or the
database while it is unavailable), load the page's products, describe the facets."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from catalogue.cards import CardIds
from catalogue.tree import CategoryTree
from places.collation import vietnamese_sort_key

from ..client import SearchUnavailable
from ..facets import FACETS, Choice, Facet
from ..forms import SearchForm
from ..selectors import (
    MAX_RESULT_WINDOW,
    ProductResults,
    product_search,
    product_search_fallback,
)


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

    def page_products(self) -> CardIds:
        """The page's products in the order Elasticsearch ranked them, as ids: the cards come
        from the cache and only the products missing there are read from the database. A hit
        the index still holds but a shopper may no longer see (the product deleted or hidden,
        its cooperative suspended, while the update waits in the queue) is left out there: its
        cached cards were dropped with the change (shop/invalidation.py)."""
        return CardIds(ids=tuple(self.results.ids), highlights=self.results.highlights)

    def canonical_params(self) -> QueryDict:
        """The request's known, non-empty parameters, without the page: the base of every link."""
        params = QueryDict(mutable=True)
        for name in ("q", "sort", *(facet.name for facet in FACETS)):
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
    link that removes each. What each facet shows comes from its entry in FACETS."""

    def __init__(self, view: ProductListView, params: QueryDict) -> None:
        self.view = view
        self.params = params
        self.results: ProductResults = view.results
        self.chosen = view.query.filters
        self.tree = CategoryTree()
        # Every facet's counted and chosen values, labelled once for the groups and the chips.
        self.choices = {facet.name: self.labelled(facet) for facet in FACETS}

    def labelled(self, facet: Facet) -> list[Choice]:
        counts = self.counts(facet.name)
        values = [value for value, count in counts.items() if count]
        values += [value for value in self.chosen.get(facet.name, ()) if value not in values]
        return facet.choices(values, self.tree)

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

    def option(self, facet: Facet, choice: Choice, count: int | None = None) -> FacetOption:
        return FacetOption(
            label=choice.label,
            url=self.link(facet.name, choice.param, single=not facet.multi_select),
            count=count,
            selected=choice.value in self.chosen.get(facet.name, ()),
        )

    def counts(self, name: str) -> dict:
        return self.results.facets.get(name, {})

    def groups(self) -> list[FacetGroup]:
        if not self.results.facets:
            return []
        groups = [
            FacetGroup(
                facet.name,
                str(facet.label),
                self.drill_down(facet) if facet.drill_down else self.options(facet),
            )
            for facet in FACETS
        ]
        return [group for group in groups if group.options]

    def options(self, facet: Facet) -> list[FacetOption]:
        """The values counted, and the chosen ones even where nothing is left to count."""
        counts = self.counts(facet.name)
        options = [self.option(facet, c, counts.get(c.value, 0)) for c in self.choices[facet.name]]
        if facet.by_count:
            options.sort(key=lambda option: (-option.count, vietnamese_sort_key(option.label)))
        return options

    def drill_down(self, facet: Facet) -> list[FacetOption]:
        """The subcategories of the chosen category (or of the page's category, or the top level),
        and a link back up."""
        counts = self.counts(facet.name)
        within = self.view.get_within_category()
        chosen = next(iter(self.chosen.get(facet.name, ())), None)
        chosen = chosen if chosen in self.tree.nodes and chosen != within else None
        options = [
            self.option(facet, choice, counts[choice.value])
            for choice in facet.choices(
                [node.id for node in self.tree.children(chosen or within)], self.tree
            )
            if counts.get(choice.value)
        ]
        if chosen:
            node = self.tree.nodes[chosen]
            up = self.params.copy()
            outside_page = within is not None and within not in node.ancestor_ids
            if node.parent_id is None or node.parent_id == within or outside_page:
                del up[facet.name]
                label = self.tree.nodes[within].name if within else _("All categories")
            else:
                up[facet.name] = str(node.parent_id)
                label = self.tree.nodes[node.parent_id].name
            options.insert(0, FacetOption(label=label, url=self.view.url(up), up=True))
        return options

    def selected(self) -> list[FacetOption]:
        """The chosen filters, each with the link that removes it."""
        return [
            self.option(facet, choice)
            for facet in FACETS
            for choice in self.choices[facet.name]
            if choice.value in self.chosen.get(facet.name, ())
        ]
