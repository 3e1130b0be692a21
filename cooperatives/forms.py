from django import forms
from django.utils.translation import gettext_lazy as _


class CooperativeFilterForm(forms.Form):
    province = forms.TypedChoiceField(
        label=_("Province"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args, provinces: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("All provinces")), *provinces]
