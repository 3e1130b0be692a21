"""Matches again the open requests that were never matched (the search engine was unavailable
when they were posted). Safe to run from cron: a matched cooperative is told only once."""

from django.core.management.base import BaseCommand

from sourcing.models import PurchaseRequest
from sourcing.tasks import request_match_task


class Command(BaseCommand):
    help = "Match the open purchase requests that have not been matched yet."

    def handle(self, *args, **options):
        pending = PurchaseRequest.objects.filter(
            status=PurchaseRequest.Status.OPEN, hidden_at__isnull=True, matched_at__isnull=True
        ).values_list("pk", flat=True)
        for pk in pending:
            found = request_match_task(request_id=pk)
            self.stdout.write(f"Request {pk}: {found} matching cooperatives")
