from django.db import models
from django.utils import timezone


class PendingUpdate(models.Model):
    """A change that could not reach Elasticsearch (server down or slow). The next successful
    index update, or `manage.py search_reindex --catch-up`, syncs it and removes the row."""

    kind = models.CharField(max_length=20)  # a document's index_kind: products, cooperatives, …
    object_id = models.PositiveIntegerField()
    queued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_pending_unique")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}"
