"""Tasks without a broker run in process after the commit; e-mails go through the queue; the
schedule names only tasks that exist; failures for good are listed for staff."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from ops.emails import email_from_data, email_to_data
from ops.models import FailedTask
from ops.tasks import cleanup, email_send, scheduled_pages_publish, unpaid_transfers_expire
from shop.celery import app


@pytest.fixture
def queued_email(settings):
    settings.EMAIL_BACKEND = "ops.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.mark.django_db
def test_an_email_is_sent_only_after_the_commit(queued_email, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Chào mừng", "Xin chào!", None, ["khach@example.com"])
        assert mail.outbox == []
    (message,) = mail.outbox
    assert (message.subject, message.to) == ("Chào mừng", ["khach@example.com"])
    assert message.extra_headers["Message-ID"].startswith("<")


@pytest.mark.django_db
def test_a_rolled_back_transaction_sends_no_email(queued_email, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send_mail("Không gửi", "…", None, ["khach@example.com"])
        raise RuntimeError("the order failed")
    assert mail.outbox == []


def test_an_email_keeps_its_parts_through_the_queue():
    message = EmailMultiAlternatives(
        "Hoá đơn", "Văn bản", "shop@example.com", ["a@example.com"], cc=["b@example.com"]
    )
    message.attach_alternative("<p>Hoá đơn</p>", "text/html")
    message.attach("hoa-don.pdf", b"%PDF-1.4 \x00\xff", "application/pdf")
    message.attach("ghi-chu.txt", "Ghi chú", "text/plain")

    copy = email_from_data(email_to_data(message))

    assert (copy.subject, copy.body, copy.to, copy.cc) == (
        "Hoá đơn",
        "Văn bản",
        ["a@example.com"],
        ["b@example.com"],
    )
    assert copy.alternatives == [("<p>Hoá đơn</p>", "text/html")]
    assert [tuple(a) for a in copy.attachments] == [
        ("hoa-don.pdf", b"%PDF-1.4 \x00\xff", "application/pdf"),
        ("ghi-chu.txt", "Ghi chú", "text/plain"),
    ]


def test_an_email_task_run_twice_sends_once(settings):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    data = email_to_data(EmailMultiAlternatives("Một lần", "…", None, ["a@example.com"]))
    email_send.apply(args=[data])
    email_send.apply(args=[data])
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_task_failing_in_process_is_recorded_after_its_retries(settings):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    data = email_to_data(EmailMultiAlternatives("Lỗi", "…", None, ["a@example.com"]))

    result = email_send.apply(args=[data])

    assert result.failed()
    failed = FailedTask.objects.get()
    assert failed.task_name == "ops.email_send"
    assert failed.retries == email_send.max_retries
    assert failed.args == [data]


def test_every_scheduled_task_exists():
    schedule = app.conf.beat_schedule
    assert {
        "search-index-catch-up",
        "unpaid-transfers-expire",
        "scheduled-pages-publish",
        "cleanup",
    } <= schedule.keys()
    for entry in schedule.values():
        assert entry["task"] in app.tasks, entry


@pytest.mark.django_db
@pytest.mark.parametrize("task", [unpaid_transfers_expire, scheduled_pages_publish])
def test_the_scheduled_commands_run(task):
    assert task.apply().successful()


@pytest.mark.django_db
def test_cleanup_drops_old_failed_task_records(settings):
    old = FailedTask.objects.create(task_id="old", task_name="ops.email_send", exception="x")
    FailedTask.objects.filter(pk=old.pk).update(
        failed_at=timezone.now() - timedelta(days=settings.FAILED_TASK_KEEP_DAYS + 1)
    )
    recent = FailedTask.objects.create(task_id="new", task_name="ops.email_send", exception="x")
    cleanup.apply()
    assert list(FailedTask.objects.all()) == [recent]


@pytest.mark.django_db
def test_staff_see_failed_tasks_and_run_them_again(admin_client, settings):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    data = email_to_data(EmailMultiAlternatives("Gửi lại", "…", None, ["a@example.com"]))
    failed = FailedTask.objects.create(
        task_id="abc",
        task_name="ops.email_send",
        args=[data],
        retries=5,
        exception="ConnectionRefusedError(111, 'Connection refused')",
    )
    changelist = reverse("admin:ops_failedtask_changelist")

    page = admin_client.get(changelist)
    assert "ConnectionRefusedError" in page.content.decode()

    admin_client.post(changelist, {"action": "send_again", "_selected_action": [failed.pk]})
    assert [m.subject for m in mail.outbox] == ["Gửi lại"]
    assert not FailedTask.objects.exists()
