"""The queue for real: tasks go through Redis to a `celery worker` process (tests/worker.py)."""

import socket

from django.core.mail import send_mail

from ops.models import FailedTask
from tests.worker import eventually


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_email_is_delivered_by_the_worker_through_redis(celery_worker, settings, tmp_path):
    outbox = tmp_path / "mail"
    celery_worker(
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(outbox),
    )
    settings.EMAIL_BACKEND = "ops.mail.QueuedEmailBackend"

    sent = send_mail("Đơn hàng đã giao", "Cảm ơn bạn.", None, ["khach@example.com"])

    assert sent == 1
    (written,) = eventually(lambda: list(outbox.glob("*.log")) if outbox.exists() else [])
    message = eventually(written.read_text)  # the worker may still be writing it
    assert "To: khach@example.com" in message
    assert "Message-ID: <" in message


def test_a_failing_task_is_retried_then_reported_to_staff(celery_worker, settings, tmp_path):
    worker = celery_worker(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(_closed_port()),  # the mail server is down
        TASK_MAX_RETRIES="2",
        TASK_RETRY_BACKOFF_MAX="1",
    )
    settings.EMAIL_BACKEND = "ops.mail.QueuedEmailBackend"

    send_mail("Mã xác nhận", "123456", None, ["khach@example.com"])

    failed = eventually(FailedTask.objects.first, message="no FailedTask was recorded")
    assert failed.task_name == "ops.email_send"
    assert failed.retries == 2
    assert "ConnectionRefusedError" in failed.exception
    assert failed.args[0]["to"] == ["khach@example.com"]
    assert worker.poll() is None  # the worker is still running, ready for the next task
