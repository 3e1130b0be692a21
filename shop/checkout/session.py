from django.urls import reverse
from django.utils.translation import gettext as _
from oscar.apps.checkout import exceptions, session

from .selectors import payment_method_get


class CheckoutSessionMixin(session.CheckoutSessionMixin):
    """Oscar's checkout session, which also remembers the payment method chosen."""

    def get_payment_method(self):
        """The chosen method while it is still available, else None."""
        return payment_method_get(code=self.checkout_session.payment_method(), request=self.request)

    def check_payment_method_is_chosen(self, request):
        if self.get_payment_method() is None:
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:payment-method"),
                message=_("Please choose how you will pay."),
            )
