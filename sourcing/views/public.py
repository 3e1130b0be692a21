"""The "Kết nối cung cầu" board: requests and harvest announcements, the request page with what
each side may see, posting, offering, accepting, following; staff hide posts."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from cooperatives.seller_access import approved_cooperative_for, form_add_validation_error

from .. import selectors, services
from ..forms import (
    BoardFilterForm,
    BuyerProfileForm,
    FollowForm,
    HideForm,
    OfferForm,
    RequestForm,
)
from ..models import HarvestAnnouncement


class FilteredListMixin:
    def filters(self) -> dict:
        self.filter_form = BoardFilterForm(self.request.GET or None)
        if self.filter_form.is_valid():
            return {k: v for k, v in self.filter_form.cleaned_data.items() if v}
        return {}

    def page(self, queryset):
        paginator = Paginator(queryset, settings.SOURCING_PAGE_SIZE)
        return paginator.get_page(self.request.GET.get("page"))


class BoardView(FilteredListMixin, TemplateView):
    template_name = "sourcing/board.html"

    def get_context_data(self, **kwargs):
        page = self.page(selectors.request_list_public(**self.filters()))
        return super().get_context_data(
            filter_form=self.filter_form, page_obj=page, paginator=page.paginator, **kwargs
        )


class AnnouncementListView(FilteredListMixin, TemplateView):
    template_name = "sourcing/announcement_list.html"

    def get_context_data(self, **kwargs):
        filters = self.filters()
        filters.pop("status", None)
        page = self.page(selectors.announcement_list_public(**filters))
        return super().get_context_data(
            filter_form=self.filter_form, page_obj=page, paginator=page.paginator, **kwargs
        )


class BuyerProfileView(LoginRequiredMixin, FormView):
    template_name = "sourcing/buyer_profile.html"
    form_class = BuyerProfileForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = selectors.buyer_profile_for_user(user=self.request.user)
        if kwargs["instance"] is None:
            kwargs["initial"] = {"email": self.request.user.email}
        return kwargs

    def form_valid(self, form):
        try:
            services.buyer_profile_save(user=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Your business profile is saved."))
        target = self.request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={self.request.get_host()}):
            return redirect(target)
        return redirect("sourcing:my-requests")


class BuyerRequiredMixin(LoginRequiredMixin):
    """A buyer needs a business profile first: its contact is what an accepted seller sees."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.buyer = selectors.buyer_profile_for_user(user=request.user)
        if self.buyer is None:
            messages.info(request, _("Tell sellers who you are before posting a request."))
            return redirect(f"{reverse('sourcing:buyer-profile')}?next={request.path}")
        return super().dispatch(request, *args, **kwargs)


class RequestCreateView(BuyerRequiredMixin, FormView):
    template_name = "sourcing/request_form.html"
    form_class = RequestForm

    def form_valid(self, form):
        try:
            posted = services.request_post(buyer=self.buyer, **form.cleaned_data)
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Your request is posted. Matching cooperatives are being told about it."),
        )
        return redirect("sourcing:request-detail", pk=posted.pk)


class MyRequestsView(BuyerRequiredMixin, TemplateView):
    template_name = "sourcing/my_requests.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            buyer=self.buyer,
            requests=selectors.request_list_for_buyer(buyer=self.buyer),
            **kwargs,
        )


class RequestDetailView(TemplateView):
    """The buyer sees every offer side by side; a cooperative sees only its own; the contacts of
    both sides appear only once an offer is accepted."""

    template_name = "sourcing/request_detail.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        request = selectors.request_get_public(pk=self.kwargs["pk"], user=user)
        buyer = selectors.buyer_profile_for_user(user=user)
        is_buyer = buyer is not None and request.buyer_id == buyer.pk
        cooperative = approved_cooperative_for(user) if user.is_authenticated else None
        own_offer = (
            selectors.offer_for_cooperative(request=request, cooperative=cooperative)
            if cooperative
            else None
        )
        return super().get_context_data(
            purchase_request=request,
            is_buyer=is_buyer,
            offers=selectors.request_offers_for_buyer(request=request) if is_buyer else None,
            cooperative=cooperative,
            own_offer=own_offer,
            offer_form=OfferForm() if cooperative and not own_offer and request.is_open else None,
            matching_products=selectors.request_matching_products(request=request),
            hide_form=HideForm() if user.is_staff and not request.is_hidden else None,
            **kwargs,
        )


class OfferCreateView(LoginRequiredMixin, FormView):
    template_name = "sourcing/offer_form.html"
    form_class = OfferForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.cooperative = approved_cooperative_for(request.user)
        if self.cooperative is None:
            raise PermissionDenied(_("Only sellers of an approved cooperative can send offers."))
        self.purchase_request = selectors.request_get_public(pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(purchase_request=self.purchase_request, **kwargs)

    def form_valid(self, form):
        try:
            offer = services.offer_make(
                request=self.purchase_request, cooperative=self.cooperative, **form.cleaned_data
            )
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Your offer is sent to the buyer."))
        return redirect("sourcing-dashboard:offer-detail", pk=offer.pk)


class OfferAcceptView(BuyerRequiredMixin, View):
    def post(self, request, *args, **kwargs):
        offer = selectors.offer_get_for_buyer(buyer=self.buyer, pk=kwargs["pk"])
        try:
            services.offer_accept(offer=offer, buyer=self.buyer)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("You accepted the offer of %(name)s: their contact is shown below.")
                % {"name": offer.cooperative.name},
            )
        return redirect("sourcing:request-detail", pk=offer.request_id)


class RequestCloseView(BuyerRequiredMixin, View):
    """The buyer closes the request: it takes no more offers (a recurring need that ended)."""

    def post(self, request, *args, **kwargs):
        purchase_request = selectors.request_get_public(pk=kwargs["pk"], user=request.user)
        try:
            services.request_close(request=purchase_request, buyer=self.buyer)
        except ValidationError as error:
            raise PermissionDenied(" ".join(error.messages)) from error
        messages.success(request, _("The request is closed: it takes no more offers."))
        return redirect("sourcing:request-detail", pk=purchase_request.pk)


class FollowView(LoginRequiredMixin, FormView):
    template_name = "sourcing/follow.html"
    form_class = FollowForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            follows=self.request.user.sourcing_follows.select_related("category"), **kwargs
        )

    def post(self, request, *args, **kwargs):
        if "remove" in request.POST:
            remove = request.POST["remove"]
            if remove.isdigit():
                services.follow_remove(user=request.user, follow_id=int(remove))
            return redirect("sourcing:follow")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.follow_add(user=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("You will get an e-mail about matching posts."))
        return redirect("sourcing:follow")


class HideView(LoginRequiredMixin, View):
    """Staff hide a request or an announcement, with the reason."""

    def post(self, request, *args, **kwargs):
        if not request.user.is_staff:
            raise PermissionDenied
        if kwargs["kind"] not in ("request", "announcement"):
            raise Http404
        if kwargs["kind"] == "request":
            post = selectors.request_get_public(pk=kwargs["pk"], user=request.user)
            target = reverse("sourcing:board")
        else:
            post = selectors.announcement_get_public(pk=kwargs["pk"])
            target = reverse("sourcing:announcement-list")
        form = HideForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Say why the post is hidden."))
            return redirect(request.META.get("HTTP_REFERER") or target)
        services.post_hide(post=post, reason=form.cleaned_data["reason"], hidden_by=request.user)
        label = _("announcement") if isinstance(post, HarvestAnnouncement) else _("request")
        messages.success(request, _("The %(kind)s is hidden.") % {"kind": label})
        return redirect(target)
