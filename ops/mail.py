"""The site's EMAIL_BACKEND: every e-mail (send_mail, Oscar's and Wagtail's notifications,
password resets) is queued as a task after the commit and delivered by the worker through
EMAIL_DELIVERY_BACKEND (SMTP in production). A request never waits for the mail server."""

from django.core.mail.backends.base import BaseEmailBackend

from .emails import email_to_data
from .tasks import email_send, enqueue


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            enqueue(email_send, email_to_data(message))
        return len(email_messages)
