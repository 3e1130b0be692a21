"""What the seller-facing views of the feature apps (traceability, sourcing) share: who counts
as a seller, the mixin that lets only sellers in, and how a service's refusal reaches the form."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from .selectors import cooperative_for_user


def approved_cooperative_for(user):
    """The approved cooperative the user sells for, or None."""
    cooperative = cooperative_for_user(user=user)
    return cooperative if cooperative is not None and cooperative.is_approved else None


class SellerRequiredMixin(LoginRequiredMixin):
    """Sets self.cooperative: the approved cooperative the user sells for. With `allow_staff`,
    staff come in too (self.cooperative None)."""

    allow_staff = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.cooperative = approved_cooperative_for(request.user)
        if self.cooperative is None and not (self.allow_staff and request.user.is_staff):
            raise PermissionDenied(_("Only sellers of an approved cooperative can open this page."))
        return super().dispatch(request, *args, **kwargs)


def form_add_validation_error(form, error: ValidationError) -> None:
    """Puts a service's ValidationError on the form: on its field where the form has one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
