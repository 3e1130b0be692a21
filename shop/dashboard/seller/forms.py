from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, with the headers of the template; at most 10 MB."),
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > settings.LISTING_IMPORT_MAX_BYTES:
            raise ValidationError(
                _("The file is too large: at most %(max)s MB.")
                % {"max": settings.LISTING_IMPORT_MAX_BYTES // 1024 // 1024}
            )
        return file


class ImportConfirmForm(forms.Form):
    token = forms.RegexField(regex=r"^[0-9a-f]{32}$", widget=forms.HiddenInput)
