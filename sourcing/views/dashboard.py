"""The cooperative's side of supply–demand matching, in its workspace: the requests matched
with its products, its offers, its harvest announcements. Staff read the figures."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from catalogue.models import Product
from cooperatives.seller_access import SellerRequiredMixin, form_add_validation_error
from places.selectors import province_name

from .. import selectors, services
from ..forms import AnnouncementForm


class WorkspaceView(SellerRequiredMixin, TemplateView):
    template_name = "sourcing/dashboard/workspace.html"

    def get_context_data(self, **kwargs):
        cooperative = self.cooperative
        return super().get_context_data(
            cooperative=cooperative,
            matches=selectors.matches_for_cooperative(cooperative=cooperative)[:50],
            offers=selectors.offers_for_cooperative(cooperative=cooperative)[:50],
            announcements=cooperative.announcements.filter(hidden_at__isnull=True)[:20],
            **kwargs,
        )


class OfferDetailView(SellerRequiredMixin, TemplateView):
    """One of the cooperative's own offers; with the buyer's contact once it is accepted."""

    template_name = "sourcing/dashboard/offer_detail.html"

    def get_context_data(self, **kwargs):
        offer = selectors.offer_get_for_cooperative(cooperative=self.cooperative, pk=kwargs["pk"])
        return super().get_context_data(offer=offer, purchase_request=offer.request, **kwargs)


class AnnouncementCreateView(SellerRequiredMixin, FormView):
    template_name = "sourcing/dashboard/announcement_form.html"
    form_class = AnnouncementForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["products"] = Product.objects.filter(
            cooperative=self.cooperative, parent__isnull=True
        ).order_by("title")
        return kwargs

    def form_valid(self, form):
        try:
            services.announcement_post(cooperative=self.cooperative, **form.cleaned_data)
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Your harvest is announced to buyers."))
        return redirect("sourcing-dashboard:workspace")


class FiguresView(LoginRequiredMixin, TemplateView):
    """Province staff: requests, offers, accepted matches and answer times."""

    template_name = "sourcing/dashboard/figures.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        figures = selectors.sourcing_figures()
        for row in figures["provinces"]:
            row["name"] = province_name(row["delivery_province"])
        return super().get_context_data(figures=figures, **kwargs)
