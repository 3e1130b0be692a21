"""Reads about personal data: everything the marketplace keeps about one user."""

from django.utils import timezone
from oscar.core.loading import get_model

from .models import ConsentRecord


def _address(address) -> dict | None:
    if address is None:
        return None
    return {
        "name": address.name,
        "lines": [line for line in address.active_address_fields() if line],
        "phone_number": str(getattr(address, "phone_number", "") or ""),
    }


def personal_data_export(*, user) -> dict:
    """The user's account, addresses, orders (with their lines), reviews and consents, as
    JSON-ready data; nothing of anybody else."""
    Order = get_model("order", "Order")
    UserAddress = get_model("address", "UserAddress")
    ProductReview = get_model("reviews", "ProductReview")
    orders = (
        Order.objects.filter(user=user)
        .select_related("shipping_address", "billing_address")
        .prefetch_related("lines")
        .order_by("date_placed")
    )
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "addresses": [
            _address(address) for address in UserAddress.objects.filter(user=user).order_by("pk")
        ],
        "orders": [
            {
                "number": order.number,
                "date_placed": order.date_placed.isoformat(),
                "status": order.status,
                "currency": order.currency,
                "total_incl_tax": str(order.total_incl_tax),
                "shipping_incl_tax": str(order.shipping_incl_tax),
                "shipping_address": _address(order.shipping_address),
                "billing_address": _address(order.billing_address),
                "lines": [
                    {
                        "title": line.title,
                        "partner": line.partner_name,
                        "quantity": line.quantity,
                        "price_incl_tax": str(line.line_price_incl_tax),
                        "status": line.status,
                    }
                    for line in order.lines.all()
                ],
            }
            for order in orders
        ],
        "reviews": [
            {
                "product": review.product.get_title() if review.product else None,
                "score": review.score,
                "title": review.title,
                "body": review.body,
                "date_created": review.date_created.isoformat(),
            }
            for review in ProductReview.objects.filter(user=user).select_related("product")
        ],
        "consents": [
            {
                "purpose": consent.purpose,
                "policy_version": consent.policy_version,
                "given_at": consent.given_at.isoformat(),
            }
            for consent in ConsentRecord.objects.filter(user=user)
        ],
    }
