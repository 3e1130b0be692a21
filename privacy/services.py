"""Writes about personal data: consents given, accounts anonymised on request."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from .models import ConsentRecord, DeletionRequest

ANONYMOUS_NAME = "Đã ẩn danh"
ANONYMOUS_TEXT = "—"
ADDRESS_PERSONAL_FIELDS = (
    "first_name",
    "last_name",
    "line1",
    "line2",
    "line3",
    "phone_number",
    "notes",
)


def _client(request) -> tuple[str | None, str]:
    if request is None:
        return None, ""
    return (
        request.META.get("REMOTE_ADDR") or None,
        request.META.get("HTTP_USER_AGENT", "")[:255],
    )


def consent_record(
    *,
    user=None,
    email: str,
    purpose: str,
    policy_version: str = "",
    request=None,
) -> ConsentRecord:
    """Records that `email` (and `user`, if signed in) agreed to the privacy policy version
    `policy_version` (the current one if empty) for `purpose`, now, from the request's address."""
    ip_address, user_agent = _client(request)
    record = ConsentRecord(
        user=user if user is not None and user.is_authenticated else None,
        email=email,
        purpose=purpose,
        policy_version=policy_version or settings.PRIVACY_POLICY_VERSION,
        ip_address=ip_address,
        user_agent=user_agent,
    )
    record.full_clean()
    record.save()
    return record


def _address_anonymise(address) -> None:
    for field in ADDRESS_PERSONAL_FIELDS:
        if hasattr(address, field):
            setattr(address, field, ANONYMOUS_TEXT if field == "line1" else "")
    address.save()


@transaction.atomic
def account_anonymise(*, user, reason: str = "") -> DeletionRequest:
    """Deletes what identifies the user: name, e-mail, password, saved addresses, wish lists,
    baskets; reviews stay without their author; orders stay for accounting with the delivery
    and billing names, streets and phones removed. Records the request for staff."""
    Order = get_model("order", "Order")
    UserAddress = get_model("address", "UserAddress")
    ProductReview = get_model("reviews", "ProductReview")
    WishList = get_model("wishlists", "WishList")
    Basket = get_model("basket", "Basket")

    request = DeletionRequest.objects.create(
        user=user, account_reference=f"user-{user.pk}", reason=reason
    )
    orders = list(
        Order.objects.filter(user=user).select_related("shipping_address", "billing_address")
    )
    for order in orders:
        for address in (order.shipping_address, order.billing_address):
            if address is not None:
                _address_anonymise(address)
        order.guest_email = ""
        order.save(update_fields=["guest_email"])
    UserAddress.objects.filter(user=user).delete()
    WishList.objects.filter(owner=user).delete()
    Basket.objects.filter(owner=user).exclude(status="Submitted").delete()
    ProductReview.objects.filter(user=user).update(user=None, name=ANONYMOUS_NAME, email="")
    ConsentRecord.objects.filter(user=user).update(
        email=f"user-{user.pk}@anonymised.invalid", ip_address=None, user_agent=""
    )

    user.email = f"user-{user.pk}@anonymised.invalid"
    setattr(user, get_user_model().USERNAME_FIELD, f"anonymised-{user.pk}")
    user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()

    request.status = DeletionRequest.Status.DONE
    request.completed_at = timezone.now()
    request.orders_kept = len(orders)
    request.save(update_fields=["status", "completed_at", "orders_kept"])
    return request
