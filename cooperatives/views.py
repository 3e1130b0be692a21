from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views import generic
from django.views.generic import ListView

from catalogue.cards import CardIds
from catalogue.selectors import product_ids_public
from places.selectors import province_choices

from .forms import ApplicationForm, CooperativeFilterForm
from .models import Cooperative, CooperativeApplication
from .selectors import (
    application_list_for_applicant,
    cooperative_get_public,
    cooperative_list_public,
    cooperative_provinces_public,
)
from .services import application_resubmit, application_submit


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
        # Ids only: the grid takes the cards from the cache and reads just the missing products.
        return product_ids_public(cooperative=self.cooperative)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(cooperative=self.cooperative, **kwargs)
        context["products"] = CardIds(ids=tuple(context["products"]), highlights={})
        return context


class ApplicationCreateView(LoginRequiredMixin, generic.FormView):
    """A signed-in user applies to sell for a cooperative ("Đăng ký bán hàng")."""

    template_name = "cooperatives/application_form.html"
    form_class = ApplicationForm

    def dispatch(self, request, *args, **kwargs):
        # One application at a time: an open one is followed on its own page.
        if request.user.is_authenticated:
            application = (
                application_list_for_applicant(user=request.user)
                .exclude(status=CooperativeApplication.Status.REJECTED)
                .first()
            )
            if application is not None:
                return HttpResponseRedirect(application.get_absolute_url())
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            application = application_submit(
                applicant=self.request.user, **form.application_fields()
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Your application has been sent. The province's staff will review it."),
        )
        return HttpResponseRedirect(application.get_absolute_url())


class ApplicationDetailView(LoginRequiredMixin, generic.UpdateView):
    """The applicant's own page: the state of the application, its history and, when the staff
    ask for changes, the form to correct it."""

    template_name = "cooperatives/application_detail.html"
    context_object_name = "application"
    form_class = ApplicationForm

    def get_queryset(self):
        return application_list_for_applicant(user=self.request.user)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["application"] = kwargs.pop("instance")
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(decisions=self.object.cooperative.decisions.all(), **kwargs)

    def form_valid(self, form):
        try:
            application_resubmit(application=self.object, **form.application_fields())
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Your corrected application has been sent."))
        return HttpResponseRedirect(self.object.get_absolute_url())


class ApplicationDocumentView(LoginRequiredMixin, generic.View):
    """One of the applicant's own papers (they are not public)."""

    def get(self, request, pk, document):
        application = get_object_or_404(application_list_for_applicant(user=request.user), pk=pk)
        if document not in {"business_registration", "ocop_certificate"}:
            raise Http404
        file = getattr(application, document)
        if not file:
            raise Http404
        return FileResponse(file.open("rb"), filename=file.name)
