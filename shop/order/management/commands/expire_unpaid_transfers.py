from django.conf import settings
from django.core.management.base import BaseCommand

from shop.order.services import order_expire_unpaid_transfers


class Command(BaseCommand):
    help = (
        "Cancels bank-transfer orders still unpaid BANK_TRANSFER_PAYMENT_HOURS after they were "
        "placed, releasing their stock. Run it every hour or so (cron, a systemd timer)."
    )

    def handle(self, *args, **options):
        cancelled = order_expire_unpaid_transfers()
        self.stdout.write(
            f"{cancelled} unpaid bank-transfer order(s) older than "
            f"{settings.BANK_TRANSFER_PAYMENT_HOURS} h cancelled"
        )
