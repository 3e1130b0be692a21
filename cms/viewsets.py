"""Wagtail choosers for the marketplace's products, categories and cooperatives.

Each chooser lists only what a shopper may see (public products of approved cooperatives,
public categories, approved cooperatives), searchable without accents ("ca phe" finds "Cà phê")
and, for products, filterable by cooperative, province and OCOP rating.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.chooser import ChooserViewSet

from . import selectors
from .widgets import Chooser

FILTER_WIDGET_ATTRS = {"data-chooser-modal-search-filter": True}


class NameSearchForm(BaseFilterForm):
    """A search box matched against the chooser's names, accents and case ignored."""

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )
    search_field = "name"

    def filter(self, objects):
        objects = super().filter(objects)
        text = self.cleaned_data.get("q", "").strip()
        if text:
            self.is_searching, self.search_query = True, text
            objects = selectors.queryset_search_folded(
                queryset=objects, field=self.search_field, text=text
            )
        return objects


class ProvinceFilterForm(NameSearchForm):
    """The name search, narrowed to one province (`province_lookup` says where it is kept)."""

    province_lookup = "province"
    province = forms.TypedChoiceField(
        label=_("Province"),
        coerce=int,
        required=False,
        widget=forms.Select(attrs=FILTER_WIDGET_ATTRS),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("All provinces"))] + selectors.province_choices()

    def filter(self, objects):
        objects = super().filter(objects)
        if self.cleaned_data.get("province"):
            objects = objects.filter(**{self.province_lookup: self.cleaned_data["province"]})
        return objects


class ProductFilterForm(ProvinceFilterForm):
    search_field = "title"
    province_lookup = "cooperative__province"
    field_order = ["q", "cooperative", "province", "ocop_stars"]
    cooperative = forms.ModelChoiceField(
        label=_("Cooperative"),
        queryset=selectors.cooperative_chooser_list(),
        required=False,
        empty_label=_("All cooperatives"),
        widget=forms.Select(attrs=FILTER_WIDGET_ATTRS),
    )
    ocop_stars = forms.TypedChoiceField(
        label=_("OCOP rating"),
        coerce=int,
        required=False,
        choices=[("", _("Any rating")), (3, _("3 stars")), (4, _("4 stars")), (5, _("5 stars"))],
        widget=forms.Select(attrs=FILTER_WIDGET_ATTRS),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        data = self.cleaned_data
        if data.get("cooperative"):
            objects = objects.filter(cooperative=data["cooperative"])
        if data.get("ocop_stars"):
            objects = objects.filter(ocop_stars=data["ocop_stars"])
        return objects


class MarketplaceChooserViewSet(ChooserViewSet):
    """A chooser whose list comes from a selector and whose table shows extra columns."""

    base_widget_class = Chooser
    filter_form_class = NameSearchForm
    extra_columns: tuple[Column, ...] = ()
    per_page = 20

    def object_list(self):
        raise NotImplementedError

    def _view_class(self, base):
        viewset = self

        class View(base):
            filter_form_class = viewset.filter_form_class

            def get_object_list(self):
                return viewset.object_list()

            @property
            def columns(self):
                return super().columns + list(viewset.extra_columns)

        View.__name__ = base.__name__
        return View

    @property
    def choose_view(self):
        return self.construct_view(
            self._view_class(self.choose_view_class),
            icon=self.icon,
            page_title=self.page_title,
            search_tab_label=self.search_tab_label,
            creation_tab_label=self.creation_tab_label,
        )

    @property
    def choose_results_view(self):
        return self.construct_view(self._view_class(self.choose_results_view_class))


class ProductChooserViewSet(MarketplaceChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    filter_form_class = ProductFilterForm
    extra_columns = (
        Column("cooperative", label=_("Cooperative"), accessor="cooperative"),
        Column("province", label=_("Province"), accessor="cooperative.province_short_name"),
        Column("ocop_stars", label=_("OCOP rating"), accessor="ocop_stars"),
    )

    def object_list(self):
        return selectors.product_chooser_list()


class CategoryChooserViewSet(MarketplaceChooserViewSet):
    model = "catalogue.Category"
    icon = "folder-open-inverse"
    choose_one_text = _("Choose a category")
    choose_another_text = _("Choose another category")
    per_page = 30

    def object_list(self):
        return selectors.category_chooser_list()


class CooperativeChooserViewSet(MarketplaceChooserViewSet):
    model = "cooperatives.Cooperative"
    icon = "group"
    choose_one_text = _("Choose a cooperative")
    choose_another_text = _("Choose another cooperative")
    filter_form_class = ProvinceFilterForm
    extra_columns = (Column("province", label=_("Province"), accessor="province_name"),)

    def object_list(self):
        return selectors.cooperative_chooser_list()


product_chooser_viewset = ProductChooserViewSet("product_chooser")
category_chooser_viewset = CategoryChooserViewSet("category_chooser")
cooperative_chooser_viewset = CooperativeChooserViewSet("cooperative_chooser")
