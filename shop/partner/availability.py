from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.availability import *  # noqa: F401,F403
from oscar.apps.partner.availability import Unavailable


class NotForSale(Unavailable):
    """The product is hidden, or its cooperative is not (or no longer) approved to sell."""

    code = "not-for-sale"
    message = _("Not for sale")

    def is_purchase_permitted(self, quantity):
        return False, _("it is not for sale at the moment")


class Recalled(Unavailable):
    """Every lot of the product is recalled (traceability/): nothing of it may be sold."""

    code = "recalled"
    message = _("Recalled")

    def is_purchase_permitted(self, quantity):
        return False, _("its lots are being recalled")
