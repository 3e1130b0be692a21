import hashlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import generic

from cooperatives.forms import CooperativeProfileForm
from cooperatives.selectors import cooperative_for_user
from cooperatives.services import cooperative_update
from cooperatives.storage import private_storage
from listings.csv_format import EXAMPLE_ROW, rows_parse, rows_write_csv
from listings.selectors import listing_export_rows
from listings.services import listing_import

from .forms import ImportConfirmForm, ImportUploadForm


class SellerMixin:
    """The signed-in seller's cooperative; a user without one gets a 404."""

    def dispatch(self, request, *args, **kwargs):
        self.cooperative = cooperative_for_user(user=request.user)
        if self.cooperative is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class ProfileView(SellerMixin, generic.UpdateView):
    template_name = "oscar/dashboard/seller/profile.html"
    form_class = CooperativeProfileForm

    def get_object(self, queryset=None):
        return self.cooperative

    def form_valid(self, form):
        try:
            cooperative_update(cooperative=form.instance)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The cooperative's profile is saved."))
        return HttpResponseRedirect(reverse("dashboard:seller-profile"))


def _import_name(cooperative, token: str) -> str:
    return f"imports/{cooperative.pk}-{token}.csv"


class ImportView(SellerMixin, generic.TemplateView):
    """Upload → preview of every row with its errors → confirm (only a file without errors).
    The uploaded file waits in private storage under a token until it is confirmed."""

    template_name = "oscar/dashboard/seller/import.html"

    def get_context_data(self, **kwargs):
        kwargs.setdefault("upload_form", ImportUploadForm())
        return super().get_context_data(cooperative=self.cooperative, **kwargs)

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self._confirm(ImportConfirmForm(request.POST))
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(upload_form=form))
        data = form.cleaned_data["file"].read()
        parsed = rows_parse(data=data)
        token = ""
        if parsed.is_valid:
            token = hashlib.sha256(data).hexdigest()[:32]
            storage = private_storage()
            name = _import_name(self.cooperative, token)
            if not storage.exists(name):
                storage.save(name, ContentFile(data))
        return self.render_to_response(
            self.get_context_data(
                parsed=parsed,
                confirm_form=ImportConfirmForm(initial={"token": token}) if token else None,
            )
        )

    def _confirm(self, form):
        if not form.is_valid():
            raise Http404
        storage = private_storage()
        name = _import_name(self.cooperative, form.cleaned_data["token"])
        if not storage.exists(name):
            messages.error(self.request, _("This file is no longer waiting: upload it again."))
            return HttpResponseRedirect(reverse("dashboard:seller-import"))
        with storage.open(name, "rb") as file:
            data = file.read()
        try:
            result = listing_import(
                cooperative=self.cooperative, data=data, submitted_by=self.request.user
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(self.request, message)
            return HttpResponseRedirect(reverse("dashboard:seller-import"))
        storage.delete(name)
        messages.success(
            self.request,
            _(
                "Imported: %(created)s new products, %(updated)s updated; "
                "%(pending)s wait for the province's review."
            )
            % {"created": result.created, "updated": result.updated, "pending": result.pending},
        )
        return HttpResponseRedirect(reverse("dashboard:catalogue-product-list"))


def _csv_response(filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class TemplateView(SellerMixin, generic.View):
    """The import's headers with one example row."""

    def get(self, request):
        response = _csv_response("mau-nhap-san-pham.csv")
        rows_write_csv(rows=[EXAMPLE_ROW], out=response)
        return response


class ExportView(SellerMixin, generic.View):
    """The cooperative's listings in the import's format."""

    def get(self, request):
        response = _csv_response(f"san-pham-{self.cooperative.slug}.csv")
        rows_write_csv(rows=listing_export_rows(cooperative=self.cooperative), out=response)
        return response
