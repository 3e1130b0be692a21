"""Index work done by the worker: the sync after a commit, the scheduled catch-up and drift fix.

Each task reads the database when it runs, so running one twice sends the same documents again
and nothing else. Elasticsearch being unreachable is no failure of the task: the changes wait in
PendingUpdate and the scheduled catch-up sends them once it answers again.
"""

import logging

from celery import shared_task

from ops.tasks import RetryingTask

from .client import SearchUnavailable
from .documents import DOCUMENTS
from .services import changes_sync, documents_sync, index_check, pending_catch_up

logger = logging.getLogger("search")


@shared_task(base=RetryingTask, name="search.changes_sync")
def search_changes_sync(changes: dict[str, list[int]]) -> None:
    changes_sync(changes=changes)


@shared_task(base=RetryingTask, name="search.pending_catch_up")
def search_pending_catch_up() -> int:
    """Scheduled: sends every queued update; returns how many were sent."""
    try:
        return pending_catch_up()
    except SearchUnavailable:
        return 0  # still unreachable: the updates stay queued for the next run


@shared_task(base=RetryingTask, name="search.index_drift_fix")
def search_index_drift_fix() -> dict[str, int]:
    """Scheduled: compares every index with the database and re-sends the documents that
    differ; returns how many were re-sent per kind."""
    fixed = {}
    try:
        for kind in DOCUMENTS:
            drift = index_check(kind=kind)
            if drift.ids:
                logger.warning(
                    "Index drift in %s: %d missing, %d extra, %d stale; re-sending",
                    kind,
                    len(drift.missing),
                    len(drift.extra),
                    len(drift.stale),
                )
                documents_sync(kind=kind, ids=drift.ids)
            fixed[kind] = len(drift.ids)
    except SearchUnavailable:
        logger.warning("Index drift check skipped: Elasticsearch is unavailable")
    return fixed
