"""The payment methods payments/ adds to the checkout (listed in CHECKOUT_PAYMENT_METHODS).

Each is duck-typed for the checkout's payment step: code, name, description, is_available(),
handle_payment(), next_url() and confirmation_template. Orders are placed unpaid; the money is
recorded later (staff for transfers, the Stripe webhook for cards).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.apps.payment.exceptions import PaymentError
from oscar.core.loading import get_model

from . import gateway
from .selectors import BANK_TRANSFER, CARD, bank_account_get

Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")


def _add_source(view, *, code: str, name, total, reference: str = "") -> None:
    with translation.override(settings.LANGUAGE_CODE):
        source_type, _created = SourceType.objects.get_or_create(
            code=code, defaults={"name": str(name)}
        )
    view.add_payment_source(
        Source(
            source_type=source_type,
            currency=total.currency,
            amount_allocated=total.incl_tax,
            reference=reference,
        )
    )


class BankTransfer:
    code = BANK_TRANSFER
    name = _("Bank transfer (VietQR)")
    description = _(
        "Scan the VietQR code with your banking app after ordering; we ship once the money arrives."
    )
    confirmation_template = "payments/bank_transfer_confirmation.html"

    def is_available(self, *, request) -> bool:
        return bank_account_get().is_complete

    def handle_payment(self, *, view, order_number: str, total, **kwargs) -> None:
        _add_source(view, code=self.code, name=_("Bank transfer"), total=total)

    def next_url(self, *, order) -> str | None:
        return None


class Card:
    code = CARD
    name = _("Card (Visa, Mastercard)")
    description = _("Pay online by card on the next page, secured by Stripe.")
    confirmation_template = "payments/card_confirmation.html"

    def is_available(self, *, request) -> bool:
        return gateway.is_configured()

    def handle_payment(self, *, view, order_number: str, total, **kwargs) -> None:
        if total.currency != "VND":
            raise PaymentError(gettext("Card payments are taken in Vietnamese đồng only."))
        try:
            intent = gateway.intent_create(
                amount=int(total.incl_tax), order_number=str(order_number)
            )
        except gateway.GatewayError as exc:
            raise PaymentError(exc.message) from exc
        _add_source(view, code=self.code, name=_("Card"), total=total, reference=intent.id)

    def next_url(self, *, order) -> str | None:
        url = reverse("payments:card", kwargs={"order_number": order.number})
        return f"{url}?key={order.verification_hash()}"
