"""Background tasks: how to send one, how they retry, and the project-wide scheduled jobs.

Send a task with `enqueue(task, *args, **kwargs)`: it goes to the Celery worker once the current
transaction commits (at once outside a transaction), so the worker never reads rows that are not
there yet and a rolled-back request sends nothing. Without a broker (CELERY_BROKER_URL empty, the
run command's default) Celery runs the task in the same process, after the commit all the same.

Tasks built on `RetryingTask` are retried with exponential backoff and jitter; one that still
fails after its last retry is written down as a `FailedTask`, which staff see in the admin.
Arguments are JSON: ids and plain values, never model instances. A task may run twice (a retry, a
worker lost mid-task, a second send from the admin), so each one is written to be harmless when
repeated.
"""

import logging
from datetime import timedelta
from functools import partial

from celery import Task, shared_task
from django.conf import settings
from django.core.cache import cache
from django.core.mail import get_connection
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from .emails import email_from_data
from .models import FailedTask

logger = logging.getLogger("ops.tasks")

EMAIL_SENT_SECONDS = 7 * 24 * 3600


class RetryingTask(Task):
    """Retries on any exception, 1 s, 2 s, 4 s … apart (at most TASK_RETRY_BACKOFF_MAX, each wait
    drawn at random up to that), TASK_MAX_RETRIES times; then records a FailedTask."""

    autoretry_for = (Exception,)
    retry_backoff = True
    retry_backoff_max = settings.TASK_RETRY_BACKOFF_MAX
    retry_jitter = True
    max_retries = settings.TASK_MAX_RETRIES

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        logger.error(
            "Task %s[%s] failed after %d retries: %r",
            self.name,
            task_id,
            self.request.retries,
            exc,
            extra={"task_name": self.name, "task_id": task_id},
        )
        FailedTask.objects.update_or_create(
            task_id=task_id,
            defaults={
                "task_name": self.name,
                "args": list(args or ()),
                "kwargs": dict(kwargs or {}),
                "retries": self.request.retries,
                "exception": repr(exc),
                "traceback": str(einfo or ""),
            },
        )


def task_send(task: Task, /, *args, **kwargs) -> None:
    """Sends the task now. If the broker cannot be reached, runs it in this process instead:
    the work is done late rather than lost."""
    try:
        task.apply_async(args, kwargs)
    except OperationalError as error:
        logger.warning("Broker unreachable (%s): running %s in process", error, task.name)
        task.apply(args, kwargs)


def enqueue(task: Task, /, *args, **kwargs) -> None:
    """Sends `task(*args, **kwargs)` to the worker after the current transaction commits."""
    transaction.on_commit(partial(task_send, task, *args, **kwargs), robust=True)


@shared_task(base=RetryingTask, name="ops.email_send")
def email_send(message: dict) -> None:
    """Delivers one e-mail queued by `ops.mail.QueuedEmailBackend` through EMAIL_DELIVERY_BACKEND.
    Its Message-ID is remembered once sent, so a repeated task sends nothing twice."""
    sent_key = f"ops:email-sent:{message['headers']['Message-ID']}"
    if cache.get(sent_key):
        return
    with get_connection(settings.EMAIL_DELIVERY_BACKEND) as connection:
        connection.send_messages([email_from_data(message)])
    cache.set(sent_key, True, timeout=EMAIL_SENT_SECONDS)


@shared_task(base=RetryingTask, name="ops.unpaid_transfers_expire")
def unpaid_transfers_expire() -> None:
    """Scheduled: cancels the orders whose bank transfer did not arrive in time (the checkout's
    `expire_unpaid_transfers`), releasing their stock."""
    call_command("expire_unpaid_transfers")


@shared_task(base=RetryingTask, name="ops.scheduled_pages_publish")
def scheduled_pages_publish() -> None:
    """Scheduled: Wagtail's go-live and expiry dates take effect (a seasonal collection appears
    and leaves on time)."""
    call_command("publish_scheduled")


@shared_task(base=RetryingTask, name="ops.cleanup")
def cleanup() -> None:
    """Scheduled: drops expired sessions and failed-task records older than
    FAILED_TASK_KEEP_DAYS."""
    call_command("clearsessions")
    cutoff = timezone.now() - timedelta(days=settings.FAILED_TASK_KEEP_DAYS)
    FailedTask.objects.filter(failed_at__lt=cutoff).delete()
