from django.http import Http404
from django.views.generic import ListView

from catalogue.selectors import product_list_public
from places.selectors import province_choices

from .forms import CooperativeFilterForm
from .models import Cooperative
from .selectors import cooperative_get_public, cooperative_list_public, cooperative_provinces_public


class CooperativeListView(ListView):
    """Approved cooperatives, optionally those of one province."""

    template_name = "cooperatives/cooperative_list.html"
    context_object_name = "cooperatives"
    paginate_by = 24

    def get_queryset(self):
        provinces = set(cooperative_provinces_public())
        self.form = CooperativeFilterForm(
            self.request.GET or None,
            provinces=[choice for choice in province_choices() if choice[0] in provinces],
        )
        province = self.form.cleaned_data["province"] if self.form.is_valid() else None
        return cooperative_list_public(province=province)

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=self.form, **kwargs)


class CooperativeDetailView(ListView):
    """A cooperative's profile, with its products on sale, paginated."""

    template_name = "cooperatives/cooperative_detail.html"
    context_object_name = "products"
    paginate_by = 24

    def get_queryset(self):
        try:
            self.cooperative = cooperative_get_public(slug=self.kwargs["slug"])
        except Cooperative.DoesNotExist as exc:
            raise Http404 from exc
        return product_list_public(cooperative=self.cooperative)

    def get_context_data(self, **kwargs):
        return super().get_context_data(cooperative=self.cooperative, **kwargs)
