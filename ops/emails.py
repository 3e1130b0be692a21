"""E-mail messages as JSON, so they can travel to the worker through the broker."""

import base64
import email
from email.mime.base import MIMEBase

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.mail.message import make_msgid
from django.core.mail.utils import DNS_NAME


def _content(value: str | bytes) -> dict:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode()}
    return {"text": value}


def _content_from(data: dict) -> str | bytes:
    return base64.b64decode(data["base64"]) if "base64" in data else data["text"]


def _attachment(attachment) -> dict:
    if isinstance(attachment, MIMEBase):
        return {"mime": base64.b64encode(attachment.as_bytes()).decode()}
    filename, content, mimetype = attachment
    return {"filename": filename, "content": _content(content), "mimetype": mimetype}


def _attachment_from(data: dict):
    if "mime" in data:
        return email.message_from_bytes(base64.b64decode(data["mime"]), _class=MIMEBase)
    return (data["filename"], _content_from(data["content"]), data["mimetype"])


def email_to_data(message: EmailMessage) -> dict:
    """The message as JSON-ready data, with a Message-ID set if it had none."""
    headers = dict(message.extra_headers)
    if not any(name.lower() == "message-id" for name in headers):
        headers["Message-ID"] = make_msgid(domain=DNS_NAME)
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": headers,
        "content_subtype": message.content_subtype,
        "alternatives": [
            [content, mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [_attachment(attachment) for attachment in message.attachments],
    }


def email_from_data(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
        attachments=[_attachment_from(attachment) for attachment in data["attachments"]],
    )
    message.content_subtype = data["content_subtype"]
    return message
