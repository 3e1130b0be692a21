"""The seller's traceability workspace: lots, the farm diary, labels, recalls, GTINs.

Only sellers of an approved cooperative come in, and each sees only its own cooperative's lots
(another's is a 404). Province staff may open any lot to recall it."""

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from cooperatives.selectors import staff_province_codes
from cooperatives.seller_access import SellerRequiredMixin, form_add_validation_error

from .. import epcis, labels, selectors, services
from ..forms import CertificateForm, GtinForm, LotForm, RecallForm, StepForm

LAST_LOT = "traceability_last_lot"
LOTS_PER_PAGE = 50
LAST_STEP_KIND = "traceability_last_step_kind"


class SellerMixin(SellerRequiredMixin):
    """Sellers of an approved cooperative; staff come in with `allow_staff` (every lot of their
    provinces)."""

    def lot(self):
        provinces = None
        if self.cooperative is None:  # staff: the lots of their own provinces only
            provinces = staff_province_codes(user=self.request.user)
        return selectors.seller_lot_get(
            cooperative=self.cooperative, lot_id=self.kwargs["pk"], provinces=provinces
        )


def _lot_uri(request, lot) -> str:
    return request.build_absolute_uri(selectors.lot_trace_path(lot=lot))


class LotListView(SellerMixin, TemplateView):
    template_name = "traceability/dashboard/lot_list.html"

    def get_context_data(self, **kwargs):
        products = selectors.seller_products(cooperative=self.cooperative).select_related(
            "trace_identity"
        )
        lots = Paginator(selectors.seller_lots(cooperative=self.cooperative), LOTS_PER_PAGE)
        page = lots.get_page(self.request.GET.get("page"))
        return super().get_context_data(
            cooperative=self.cooperative,
            lots=page.object_list,
            page_obj=page,
            paginator=lots,
            products=products,
            **kwargs,
        )


class LotCreateView(SellerMixin, FormView):
    template_name = "traceability/dashboard/lot_form.html"
    form_class = LotForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["products"] = selectors.seller_products(cooperative=self.cooperative)
        product_id = self.request.GET.get("product")
        if product_id and product_id.isdigit():
            kwargs.setdefault("initial", {})["product"] = int(product_id)
        return kwargs

    def form_valid(self, form):
        try:
            lot = services.lot_create(**form.cleaned_data)
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        self.request.session[LAST_LOT] = lot.pk
        messages.success(self.request, _("Lot %(code)s recorded.") % {"code": lot.code})
        return redirect("traceability-dashboard:lot-detail", pk=lot.pk)


class LotUpdateView(SellerMixin, FormView):
    template_name = "traceability/dashboard/lot_form.html"
    form_class = LotForm

    def dispatch(self, request, *args, **kwargs):
        self.object = None
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        self.object = self.lot()
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.object
        kwargs["products"] = selectors.seller_products(cooperative=self.cooperative).filter(
            pk=self.object.product_id
        )
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["lot"] = self.object
        return context

    def form_valid(self, form):
        fields = {k: v for k, v in form.cleaned_data.items() if k != "product"}
        try:
            lot = services.lot_update(lot=self.object, **fields)
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Lot %(code)s saved.") % {"code": lot.code})
        return redirect("traceability-dashboard:lot-detail", pk=lot.pk)


class LotDetailView(SellerMixin, TemplateView):
    template_name = "traceability/dashboard/lot_detail.html"
    allow_staff = True

    def get_context_data(self, **kwargs):
        lot = self.lot()
        return super().get_context_data(
            lot=lot,
            trace_uri=_lot_uri(self.request, lot),
            certificate_form=CertificateForm(),
            recall_form=RecallForm(),
            is_seller=self.cooperative is not None,
            **kwargs,
        )


class StepCreateView(SellerMixin, FormView):
    """The one-minute diary entry from a phone: the last lot and step kind are remembered."""

    template_name = "traceability/dashboard/step_form.html"
    form_class = StepForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["lots"] = selectors.seller_lots(cooperative=self.cooperative).filter(
            recalled_at__isnull=True
        )
        lot_id = self.request.GET.get("lot")
        last = selectors.seller_last_lot(
            cooperative=self.cooperative,
            lot_id=int(lot_id)
            if lot_id and lot_id.isdigit()
            else self.request.session.get(LAST_LOT),
        )
        initial = kwargs.setdefault("initial", {})
        if last:
            initial["lot"] = last.pk
        if self.request.session.get(LAST_STEP_KIND):
            initial["kind"] = self.request.session[LAST_STEP_KIND]
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(has_lots=self.get_form_kwargs()["lots"].exists(), **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            step = services.step_add(**data)
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        self.request.session[LAST_LOT] = step.lot_id
        self.request.session[LAST_STEP_KIND] = step.kind
        messages.success(
            self.request,
            _("“%(kind)s” added to lot %(code)s.")
            % {"kind": step.get_kind_display(), "code": step.lot.code},
        )
        if "add_another" in self.request.POST:
            return redirect("traceability-dashboard:step-create")
        return redirect("traceability-dashboard:lot-detail", pk=step.lot_id)


class CertificateCreateView(SellerMixin, FormView):
    template_name = "traceability/dashboard/certificate_form.html"
    form_class = CertificateForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(lot=self.lot(), **kwargs)

    def form_valid(self, form):
        lot = self.lot()
        try:
            services.certificate_add(lot=lot, **form.cleaned_data)
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Certificate added."))
        return redirect("traceability-dashboard:lot-detail", pk=lot.pk)


class LotRecallView(SellerMixin, FormView):
    template_name = "traceability/dashboard/recall_form.html"
    form_class = RecallForm
    allow_staff = True

    def get_context_data(self, **kwargs):
        return super().get_context_data(lot=self.lot(), **kwargs)

    def form_valid(self, form):
        lot = self.lot()
        services.lot_recall(
            lot=lot, reason=form.cleaned_data["reason"], recalled_by=self.request.user
        )
        messages.warning(self.request, _("Lot %(code)s is recalled.") % {"code": lot.code})
        return redirect("traceability-dashboard:lot-detail", pk=lot.pk)


class LabelView(SellerMixin, View):
    """The lot's QR label: PNG, SVG, or an A4 sheet of labels in PDF."""

    CONTENT_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}

    def get(self, request, *args, **kwargs):
        kind = kwargs["kind"]
        if kind not in self.CONTENT_TYPES:
            raise Http404
        lot = self.lot()
        uri = _lot_uri(request, lot)
        if kind == "png":
            body = labels.label_png(uri=uri)
        elif kind == "svg":
            body = labels.label_svg(uri=uri)
        else:
            body = labels.label_sheet_pdf(
                label=labels.LabelContent(
                    uri=uri,
                    product=lot.product.get_title(),
                    lot_code=lot.code,
                    produced_on=lot.produced_on,
                    expires_on=lot.expires_on,
                    cooperative=lot.product.cooperative.name,
                )
            )
        response = HttpResponse(body, content_type=self.CONTENT_TYPES[kind])
        disposition = "inline" if kind == "pdf" else "attachment"
        filename = f"nhan-{slugify(lot.product.get_title())[:40]}-{lot.code}.{kind}"
        response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
        return response


class EpcisExportView(SellerMixin, View):
    allow_staff = True

    def get(self, request, *args, **kwargs):
        lot = self.lot()
        document = epcis.lot_epcis_document(lot=lot, epc_class=_lot_uri(request, lot))
        response = HttpResponse(
            json.dumps(document, ensure_ascii=False, indent=2),
            content_type="application/ld+json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="epcis-{lot.code}.jsonld"'
        return response


class GtinView(SellerMixin, FormView):
    template_name = "traceability/dashboard/gtin_form.html"
    form_class = GtinForm

    def product(self):
        return selectors.seller_product_get(
            cooperative=self.cooperative, product_id=self.kwargs["product_id"]
        )

    def get_initial(self):
        gtin = selectors.product_gtin(product=self.product())
        return {"gtin": gtin[1:] if gtin.startswith("0") else gtin}  # GTIN-13 as printed

    def get_context_data(self, **kwargs):
        return super().get_context_data(product=self.product(), **kwargs)

    def form_valid(self, form):
        product = self.product()
        try:
            services.product_gtin_set(product=product, gtin=form.cleaned_data["gtin"])
        except ValidationError as error:
            form_add_validation_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("GTIN saved."))
        return redirect(reverse("traceability-dashboard:lot-list"))
