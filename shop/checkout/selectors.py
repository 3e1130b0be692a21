"""Reads for the checkout: the payment methods of settings.CHECKOUT_PAYMENT_METHODS."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@cache
def _method_classes(paths: tuple[str, ...]) -> list[type]:
    return [import_string(path) for path in paths]


def payment_methods_all() -> list:
    """Every configured method, in the settings' order (the first is the default)."""
    return [cls() for cls in _method_classes(tuple(settings.CHECKOUT_PAYMENT_METHODS))]


def payment_methods_available(*, request) -> list:
    return [method for method in payment_methods_all() if method.is_available(request=request)]


def payment_method_get(*, code: str | None, request=None):
    """The method with this code (only an available one when a request is given), or None."""
    methods = (
        payment_methods_all() if request is None else payment_methods_available(request=request)
    )
    return next((method for method in methods if method.code == code), None)


def payment_method_for_order(*, order):
    """The method an order was placed with: the code of its first payment source."""
    source = order.sources.select_related("source_type").first()
    return payment_method_get(code=source.source_type.code) if source else None
