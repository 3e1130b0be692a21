"""Payment methods written here; settings.CHECKOUT_PAYMENT_METHODS lists every method offered.

A method is a plain class, instantiated with no arguments, with: code, name, description,
is_available(*, request), handle_payment(*, view, order_number, total, **kwargs),
next_url(*, order) and confirmation_template.
"""

from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")


class CashOnDelivery:
    """Cash on delivery: the order is placed unpaid and each cooperative collects the cash for
    its own part when it delivers (recorded on the part, never money the platform holds)."""

    code = "cod"
    name = _("Cash on delivery (COD)")
    description = _("Pay each cooperative in cash when its parcel arrives.")
    confirmation_template = "oscar/checkout/partials/cod_confirmation.html"

    def is_available(self, *, request) -> bool:
        return True

    def handle_payment(self, *, view, order_number: str, total, **kwargs) -> None:
        source_type, _created = SourceType.objects.get_or_create(
            code=self.code, defaults={"name": str(self.name)}
        )
        view.add_payment_source(
            Source(
                source_type=source_type,
                currency=total.currency,
                amount_allocated=total.incl_tax,
                reference=order_number,
            )
        )

    def next_url(self, *, order) -> str | None:
        return None
