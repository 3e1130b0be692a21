"""Structured logs: one JSON object a line, carrying the id of the request being served.

`RequestIdMiddleware` (shop/middleware.py) sets the id for the duration of a request; outside a
request (the worker, commands) it is "-".
"""

import contextvars
import logging

from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class JsonFormatter(BaseJsonFormatter):
    """time (UTC), level, logger, message and request_id, then whatever `extra=` the call
    passed."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", "%(levelname)s %(name)s %(message)s %(request_id)s")
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        kwargs.setdefault("timestamp", "time")  # UTC, ISO 8601
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__(*args, **kwargs)
