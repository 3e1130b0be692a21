"""Slow-query logging: every database connection, in the web and in the worker, times its
queries and logs those slower than SLOW_QUERY_MS as warnings (the SQL without its parameters,
which may hold personal data)."""

import logging
import time

from django.conf import settings

logger = logging.getLogger("ops.db")

SQL_MAX_CHARS = 2000


def slow_query_logger(execute, sql, params, many, context):
    started = time.perf_counter()
    try:
        return execute(sql, params, many, context)
    finally:
        elapsed_ms = (time.perf_counter() - started) * 1000
        if elapsed_ms > settings.SLOW_QUERY_MS:
            logger.warning(
                "Slow query (%.0f ms): %s",
                elapsed_ms,
                sql[:SQL_MAX_CHARS],
                extra={"duration_ms": round(elapsed_ms), "database": context["connection"].alias},
            )


def slow_query_logger_install(sender, connection, **kwargs) -> None:
    """connection_created receiver: wraps the new connection's queries once."""
    if slow_query_logger not in connection.execute_wrappers:
        connection.execute_wrappers.append(slow_query_logger)
