import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView, View

from .forms import AccountDeleteForm
from .selectors import personal_data_export
from .services import account_anonymise


class PrivacyCentreView(LoginRequiredMixin, FormView):
    """The signed-in user's personal data: download it, or delete the account."""

    template_name = "privacy/centre.html"
    form_class = AccountDeleteForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}


class DataDownloadView(LoginRequiredMixin, View):
    def get(self, request):
        data = personal_data_export(user=request.user)
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        filename = f"du-lieu-ca-nhan-{timezone.localdate():%Y%m%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class AccountDeleteView(LoginRequiredMixin, FormView):
    template_name = "privacy/centre.html"
    form_class = AccountDeleteForm
    http_method_names = ["post"]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        account_anonymise(user=self.request.user, reason=form.cleaned_data["reason"])
        logout(self.request)
        messages.success(
            self.request,
            _("Your account has been deleted. Thank you for shopping with us."),
        )
        return redirect("/")
