from django.utils.translation import gettext_lazy as _
from oscar.apps.search.signals import user_search

from .base import ProductListView


class FacetedSearchView(ProductListView):
    """/search/?q=…: products matching what the shopper typed."""

    template_name = "oscar/search/results.html"

    def get(self, request, *args, **kwargs):
        # Oscar's analytics app records searches through this signal.
        user_search.send(
            sender=self,
            session=request.session,
            user=request.user,
            query=request.GET.get("q", ""),
        )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = _("Search")
        return context
