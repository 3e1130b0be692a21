from urllib.parse import unquote

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from catalogue.models import Category

from .base import ProductListView


class CatalogueView(ProductListView):
    """/catalogue/: every product, narrowed with facets."""

    template_name = "oscar/catalogue/browse.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = _("All products")
        return context


class ProductCategoryView(ProductListView):
    """/catalogue/category/<path>_<pk>/: a category and its subcategories' products."""

    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        # Staff may see a hidden category, to check it before it goes public.
        public = self.category.is_public and self.category.ancestors_are_public
        if not public and not request.user.is_staff:
            raise Http404
        # Categories are found by pk, so a renamed one keeps working: send it to its new path.
        expected_path = self.category.get_absolute_url()
        if unquote(expected_path) != unquote(request.path):
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(
                f"{expected_path}?{query}" if query else expected_path
            )
        return super().get(request, *args, **kwargs)

    def get_within_category(self) -> int:
        return self.category.pk

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["summary"] = self.category.name
        return context
