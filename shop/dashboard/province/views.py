from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import generic
from oscar.templatetags.currency_filters import currency

from catalogue.models import Certification
from cooperatives.forms import ClassificationForm, DecisionForm
from cooperatives.models import Cooperative, CooperativeApplication
from cooperatives.selectors import (
    application_list_for_staff,
    cooperative_list_for_staff,
    staff_province_codes,
)
from cooperatives.services import (
    application_approve,
    application_reject,
    application_request_changes,
    classification_record,
    cooperative_reinstate,
    cooperative_suspend,
)
from listings.models import ListingRevision
from listings.selectors import listing_approved_values, revision_list_for_staff
from listings.services import listing_approve, listing_reject
from places.selectors import province_choices

from . import charts, selectors
from .forms import ModerationPolicyForm, ReportPeriodForm, RevisionApproveForm


def _error_messages(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [message for messages_ in error.message_dict.values() for message in messages_]
    return error.messages


class DecisionMixin:
    """POST with an `action` among `actions`: runs it with the form's reason, reports a refusal
    (ValidationError) on the page instead of failing."""

    actions: dict = {}

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        self.decision_form = DecisionForm(request.POST)
        action = self.actions.get(request.POST.get("action", ""))
        if action is None or not self.decision_form.is_valid():
            raise Http404
        try:
            action(self, reason=self.decision_form.cleaned_data["reason"])
        except ValidationError as error:
            for message in _error_messages(error):
                self.decision_form.add_error("reason", message)
            return self.render_to_response(self.get_context_data())
        return HttpResponseRedirect(request.path)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("decision_form", getattr(self, "decision_form", DecisionForm()))
        return super().get_context_data(**kwargs)


class ApplicationListView(generic.ListView):
    template_name = "oscar/dashboard/province/application_list.html"
    context_object_name = "applications"
    paginate_by = 20

    def get_queryset(self):
        statuses = dict(CooperativeApplication.Status.choices)
        self.status = self.request.GET.get("status", CooperativeApplication.Status.SUBMITTED)
        if self.status not in statuses:
            self.status = ""
        return application_list_for_staff(user=self.request.user, status=self.status or None)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            status=self.status, statuses=CooperativeApplication.Status.choices, **kwargs
        )


class ApplicationDetailView(DecisionMixin, generic.DetailView):
    template_name = "oscar/dashboard/province/application_detail.html"
    context_object_name = "application"

    def get_queryset(self):
        return application_list_for_staff(user=self.request.user)

    def _approve(self, *, reason):
        application_approve(application=self.object, decided_by=self.request.user, reason=reason)
        messages.success(self.request, _("The cooperative is approved and can now sell."))

    def _reject(self, *, reason):
        application_reject(application=self.object, decided_by=self.request.user, reason=reason)
        messages.success(self.request, _("The application is rejected."))

    def _changes(self, *, reason):
        application_request_changes(
            application=self.object, decided_by=self.request.user, reason=reason
        )
        messages.success(self.request, _("The applicant has been asked for changes."))

    actions = {"approve": _approve, "reject": _reject, "changes": _changes}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            decisions=self.object.cooperative.decisions.select_related("decided_by"), **kwargs
        )


class ApplicationDocumentView(generic.View):
    """An application's paper, for staff of its province only (the files are not public)."""

    def get(self, request, pk, document):
        application = get_object_or_404(application_list_for_staff(user=request.user), pk=pk)
        if document not in {"business_registration", "ocop_certificate"}:
            raise Http404
        file = getattr(application, document)
        if not file:
            raise Http404
        return FileResponse(file.open("rb"), as_attachment=False, filename=file.name)


class CooperativeListView(generic.ListView):
    template_name = "oscar/dashboard/province/cooperative_list.html"
    context_object_name = "cooperatives"
    paginate_by = 30

    def get_queryset(self):
        cooperatives = cooperative_list_for_staff(user=self.request.user).order_by("name")
        self.status = self.request.GET.get("status", "")
        if self.status in dict(Cooperative.Status.choices):
            cooperatives = cooperatives.filter(status=self.status)
        self.query = self.request.GET.get("q", "").strip()
        if self.query:
            cooperatives = cooperatives.filter(name__icontains=self.query)
        return cooperatives

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            status=self.status, query=self.query, statuses=Cooperative.Status.choices, **kwargs
        )


class CooperativeDetailView(DecisionMixin, generic.DetailView):
    template_name = "oscar/dashboard/province/cooperative_detail.html"
    context_object_name = "cooperative"

    def get_queryset(self):
        return cooperative_list_for_staff(user=self.request.user)

    def _suspend(self, *, reason):
        cooperative_suspend(cooperative=self.object, suspended_by=self.request.user, reason=reason)
        messages.success(self.request, _("The cooperative is suspended: its products are hidden."))

    def _reinstate(self, *, reason):
        cooperative_reinstate(
            cooperative=self.object, reinstated_by=self.request.user, reason=reason
        )
        messages.success(self.request, _("The cooperative is selling again."))

    def _classify(self, *, reason):
        form = ClassificationForm(self.request.POST, cooperative=self.object)
        if not form.is_valid():
            raise ValidationError(form.errors.as_data().popitem()[1])
        classification_record(
            cooperative=self.object, entered_by=self.request.user, **form.cleaned_data
        )
        messages.success(self.request, _("The yearly classification is recorded."))

    actions = {"suspend": _suspend, "reinstate": _reinstate, "classify": _classify}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            decisions=self.object.decisions.select_related("decided_by"),
            classifications=self.object.classifications.select_related("entered_by"),
            classification_form=ClassificationForm(cooperative=self.object),
            **kwargs,
        )


class RevisionListView(generic.ListView):
    template_name = "oscar/dashboard/province/revision_list.html"
    context_object_name = "revisions"
    paginate_by = 30

    def get_queryset(self):
        return revision_list_for_staff(user=self.request.user)


class RevisionDetailView(generic.DetailView):
    """A listing change side by side with the approved version, to approve (confirming the OCOP
    rating and certifications) or reject with a reason."""

    template_name = "oscar/dashboard/province/revision_detail.html"
    context_object_name = "revision"

    def get_queryset(self):
        return ListingRevision.objects.filter(
            cooperative__in=cooperative_list_for_staff(user=self.request.user)
        ).select_related("product", "cooperative")

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        approve_form, decision_form = self._forms(request.POST)
        try:
            if request.POST.get("action") == "approve":
                if not approve_form.is_valid():
                    return self.render_to_response(self.get_context_data(approve_form=approve_form))
                listing_approve(
                    revision=self.object,
                    decided_by=request.user,
                    ocop_stars=approve_form.cleaned_data["ocop_stars"],
                    certifications=list(approve_form.cleaned_data["certifications"]),
                )
                messages.success(request, _("The listing is approved and public."))
            elif request.POST.get("action") == "reject":
                decision_form.is_valid()
                listing_reject(
                    revision=self.object,
                    decided_by=request.user,
                    reason=decision_form.cleaned_data.get("reason", ""),
                )
                messages.success(request, _("The change is rejected; the seller sees why."))
            else:
                raise Http404
        except ValidationError as error:
            for message in _error_messages(error):
                decision_form.add_error(None, message)
            return self.render_to_response(self.get_context_data(decision_form=decision_form))
        return HttpResponseRedirect(self._next_url())

    def _next_url(self) -> str:
        following = revision_list_for_staff(user=self.request.user).first()
        if following is None:
            return reverse("dashboard:province-revision-list")
        return reverse("dashboard:province-revision-detail", kwargs={"pk": following.pk})

    def _forms(self, data=None):
        proposed = self.object.data
        approve_form = RevisionApproveForm(
            data,
            initial={
                "ocop_stars": proposed.get("ocop_stars"),
                "certifications": proposed.get("certifications"),
            },
        )
        return approve_form, DecisionForm(data)

    def get_context_data(self, **kwargs):
        approve_form, decision_form = self._forms()
        kwargs.setdefault("approve_form", approve_form)
        kwargs.setdefault("decision_form", decision_form)
        images = self.object.data.get("images") or {}
        return super().get_context_data(
            rows=self._diff_rows(),
            images_added=[default_storage.url(name) for name in images.get("add", [])],
            images_removed=set(images.get("remove", [])),
            **kwargs,
        )

    def _diff_rows(self) -> list[dict]:
        approved = (
            None
            if self.object.is_new_listing
            else listing_approved_values(product=self.object.product)
        )
        proposed = self.object.data
        names = dict(Certification.objects.values_list("pk", "name"))
        labels = {
            "title": _("Title"),
            "description": _("Description"),
            "price": _("Price"),
            "ocop_stars": _("OCOP rating"),
            "certifications": _("Certifications"),
        }
        rows = []
        for field, label in labels.items():
            new = proposed.get(field)
            old = approved.get(field) if approved else None
            if field == "certifications":
                new = ", ".join(sorted(names.get(pk, "?") for pk in new or []))
                old = (
                    ", ".join(sorted(names.get(pk, "?") for pk in old or [])) if approved else None
                )
            elif field == "price":
                new = currency(Decimal(new)) if new is not None else ""
                old = currency(Decimal(old)) if old is not None else None
            rows.append(
                {
                    "field": field,
                    "label": label,
                    "old": old,
                    "new": new,
                    "changed": approved is None or str(old or "") != str(new or ""),
                }
            )
        return rows


class ModerationPolicyView(generic.FormView):
    """The price bound below which a seller's price-only change skips review, per province."""

    template_name = "oscar/dashboard/province/policy.html"
    form_class = ModerationPolicyForm

    def get_form_kwargs(self):
        provinces = staff_province_codes(user=self.request.user)
        choices = [c for c in province_choices() if provinces is None or c[0] in provinces]
        return {**super().get_form_kwargs(), "provinces": choices}

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("The price bound is saved."))
        return HttpResponseRedirect(self.request.path)


class ReportView(generic.TemplateView):
    """Sales and order counts over a period, per cooperative, province, OCOP tier and category,
    new cooperatives and listings, with a chart; ?format=csv downloads the same tables."""

    template_name = "oscar/dashboard/province/report.html"

    def get(self, request, *args, **kwargs):
        form = ReportPeriodForm(request.GET or None)
        start, end = form.period()
        if not form.is_bound:
            form = ReportPeriodForm(initial={"start": start, "end": end})
        report = selectors.report_build(user=request.user, start=start, end=end)
        if request.GET.get("format") == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="bao-cao-{start}-{end}.csv"'
            response.write("\ufeff")
            selectors.report_csv_write(report=report, out=response)
            return response
        return self.render_to_response(
            self.get_context_data(
                form=form,
                report=report,
                start=start,
                end=end,
                chart=charts.bar_chart_svg(
                    rows=[(row["name"], row["sales"]) for row in report["by_cooperative"][:10]],
                    title=_("Sales per cooperative"),
                ),
                csv_query=request.GET.urlencode(),
            )
        )
