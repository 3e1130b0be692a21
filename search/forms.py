"""The search and browse parameters, read from clean, shareable URLs such as
/search/?q=ca+phe&province=66&ocop=4&sort=price-asc&page=2.

A value that does not validate (an unknown province, a page that is not a number) is ignored rather
than reported: these URLs are shared and bookmarked, and the page should still show results.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.models import Certification, Product
from cooperatives.models import Cooperative
from places.selectors import province_choices

from .facets import CATEGORY, FACETS, PRICE_RANGES
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
    category = forms.IntegerField(min_value=1, required=False)
    province = forms.TypedMultipleChoiceField(coerce=int, choices=province_choices, required=False)
    ocop = forms.TypedMultipleChoiceField(
        coerce=int, choices=Product.OCOP_STAR_CHOICES, required=False
    )
    price = forms.MultipleChoiceField(
        choices=[(r.key, r.key) for r in PRICE_RANGES], required=False
    )
    certification = forms.ModelMultipleChoiceField(
        queryset=Certification.objects.all(), to_field_name="code", required=False
    )
    cooperative = forms.ModelMultipleChoiceField(
        queryset=Cooperative.objects.approved(), to_field_name="slug", required=False
    )

    def __init__(self, data=None, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        self.is_valid()  # fills cleaned_data with every valid field

    def cleaned(self, name: str, default=None):
        value = self.cleaned_data.get(name)
        return value if value not in (None, "", []) else default

    def product_query(self, *, within_category: int | None = None, per_page: int) -> ProductQuery:
        filters = {}
        for facet in FACETS:
            values = self.cleaned(facet.name, ())
            if facet is CATEGORY:
                values = (values,) if values else ()
            elif facet.name == "certification":
                values = tuple(c.code for c in values)
            elif facet.name == "cooperative":
                values = tuple(c.pk for c in values)
            filters[facet.name] = tuple(values)
        return ProductQuery(
            text=self.cleaned("q", ""),
            within_category=within_category,
            filters=filters,
            sort=self.cleaned("sort", "relevance"),
            page=self.cleaned("page", 1),
            per_page=per_page,
        )
