from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import DecimalField, Exists, F, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

from . import vietqr
from .models import BankAccountSetting

Order = get_model("order", "Order")
Source = get_model("payment", "Source")

BANK_TRANSFER = "bank-transfer"
CARD = "card"


@dataclass(frozen=True)
class BankAccount:
    bank_bin: str
    bank_name: str
    account_number: str
    account_holder: str

    @property
    def is_complete(self) -> bool:
        return bool(self.bank_bin and self.account_number and self.account_holder)


@dataclass(frozen=True)
class TransferDetails:
    account: BankAccount
    amount: int
    note: str
    payload: str


def bank_account_get() -> BankAccount:
    """The platform's account: what staff entered in the CMS, else the VIETQR_* settings."""
    stored = BankAccountSetting.load()
    return BankAccount(
        bank_bin=stored.bank_bin or settings.VIETQR_BANK_BIN,
        bank_name=stored.bank_name or settings.VIETQR_BANK_NAME,
        account_number=stored.account_number or settings.VIETQR_ACCOUNT_NUMBER,
        account_holder=stored.account_holder or settings.VIETQR_ACCOUNT_HOLDER,
    )


def order_transfer_details(*, order) -> TransferDetails:
    """What the shopper transfers for an order: the account, the exact amount, the note."""
    account = bank_account_get()
    amount = int(order.total_incl_tax)
    note = vietqr.transfer_note(order_number=order.number)
    payload = vietqr.vietqr_payload(
        bank_bin=account.bank_bin, account_number=account.account_number, amount=amount, note=note
    )
    return TransferDetails(account=account, amount=amount, note=note, payload=payload)


def _amount_debited():
    return Coalesce(
        Subquery(
            Source.objects.filter(order=OuterRef("pk"))
            .values("order")
            .annotate(total=Sum("amount_debited"))
            .values("total")
        ),
        Value(Decimal(0)),
        output_field=DecimalField(max_digits=12, decimal_places=2),
    )


def order_has_source(*, order, code: str) -> bool:
    return Source.objects.filter(order=order, source_type__code=code).exists()


def source_is_paid(*, order, code: str) -> bool:
    """Whether the order's source of this method has received all the money allocated to it."""
    return Source.objects.filter(
        order=order, source_type__code=code, amount_debited__gte=F("amount_allocated")
    ).exists()


# The order status of a cancelled order (OSCAR_ORDER_STATUS_PIPELINE): nothing is owed on it.
CANCELLED = "cancelled"


def transfer_orders_unpaid():
    """Orders placed for payment by bank transfer whose money has not all arrived and that are
    not cancelled, oldest first."""
    return (
        Order.objects.annotate(
            amount_debited=_amount_debited(),
            by_transfer=Exists(
                Source.objects.filter(order=OuterRef("pk"), source_type__code=BANK_TRANSFER)
            ),
        )
        .filter(by_transfer=True, amount_debited__lt=F("total_incl_tax"))
        .exclude(status=CANCELLED)
        .select_related("user")
        .order_by("date_placed", "pk")
    )


def order_card_source(*, order):
    """The order's card payment source (its reference is the PaymentIntent id), or None."""
    return Source.objects.filter(order=order, source_type__code=CARD).first()


def order_for_buyer(*, number: str, request):
    """The order with this number when the request comes from its buyer, else None.

    The buyer is the signed-in owner, or the browser that has just placed it (Oscar keeps its id
    in the session), or whoever holds the order's verification hash (the link in its e-mail).
    """
    order = Order.objects.filter(number=number).first()
    if order is None:
        return None
    if order.user_id is not None:
        return order if request.user.is_authenticated and request.user.pk == order.user_id else None
    if request.session.get("checkout_order_id") == order.pk:
        return order
    if order.check_verification_hash(request.GET.get("key", "")):
        return order
    return None


def order_with_key(*, number: str, key: str):
    """The order with this number when the key is its verification hash, else None."""
    order = Order.objects.filter(number=number).first()
    return order if order is not None and order.check_verification_hash(key) else None


def order_get(*, number: str):
    """The order with this number; raises Order.DoesNotExist."""
    return Order.objects.get(number=number)
