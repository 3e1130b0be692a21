from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    """VietQR bank transfers and card payments (Stripe) for the checkout's payment step."""

    name = "payments"
    verbose_name = _("Payments")
