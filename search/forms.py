"""The search and browse parameters, read from clean, shareable URLs such as
/search/?q=ca+phe&province=66&ocop=4&sort=price-asc&page=2.

A value that does not validate (an unknown province, a page that is not a number) is ignored rather
than reported: these URLs are shared and bookmarked, and the page should still show results.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .facets import FACETS
from .selectors import ProductQuery


class SearchInput(forms.TextInput):
    input_type = "search"


class SearchForm(forms.Form):
    SORT_CHOICES = [
        ("relevance", _("Relevance")),
        ("price-asc", _("Price: low to high")),
        ("price-desc", _("Price: high to low")),
        ("newest", _("Newest")),
        ("best-selling", _("Best selling")),
    ]

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=SearchInput(attrs={"placeholder": _("Search products, cooperatives…")}),
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    page = forms.IntegerField(min_value=1, required=False)

    def __init__(self, data=None, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        for facet in FACETS:
            self.fields[facet.name] = facet.form_field()
        self.is_valid()  # fills cleaned_data with every valid field

    def cleaned(self, name: str, default=None):
        value = self.cleaned_data.get(name)
        return value if value not in (None, "", []) else default

    def product_query(self, *, within_category: int | None = None, per_page: int) -> ProductQuery:
        filters = {}
        for facet in FACETS:
            value = self.cleaned(facet.name)
            filters[facet.name] = facet.filter_values(value) if value is not None else ()
        return ProductQuery(
            text=self.cleaned("q", ""),
            within_category=within_category,
            filters=filters,
            sort=self.cleaned("sort", "relevance"),
            page=self.cleaned("page", 1),
            per_page=per_page,
        )
