"""The one place that connects to Elasticsearch: the client, index names, and what "unavailable"
means.

Every request the storefront makes waits at most ELASTICSEARCH_TIMEOUT seconds (1 s) and is never
retried: a slow or stopped server turns into `SearchUnavailable`, which the views answer with the
database fallback and the indexing code answers by queueing the change (see services.py).
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from django.conf import settings
from elastic_transport import ConnectionError, ConnectionTimeout
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError

logger = logging.getLogger("search")

# Bulk loads of a whole index may take longer than a shopper's query.
BULK_TIMEOUT = 120


class SearchUnavailable(Exception):
    """Elasticsearch is switched off, unreachable, too slow, or has no index yet."""


@cache
def _client(url: str, timeout: float) -> Elasticsearch:
    return Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)


def get_client() -> Elasticsearch:
    """The client for the current settings (a test that points ELASTICSEARCH_URL elsewhere gets a
    client of its own)."""
    if not settings.SEARCH_ENABLED:
        raise SearchUnavailable("search is switched off (SEARCH_ENABLED=false)")
    return _client(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT)


def alias_name(kind: str) -> str:
    """The alias every query and update uses, e.g. "cho-htx-products"; it points at one index."""
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{kind}"


@contextmanager
def unavailable_on_error(action: str) -> Iterator[None]:
    """Turns the client's transport and API errors into `SearchUnavailable`, logged once: a server
    that is down, slow or has no index yet as a warning, anything else (a query the server
    rejects) as an error with its traceback."""
    try:
        yield
    except (ConnectionError, ConnectionTimeout, NotFoundError) as error:
        logger.warning("Elasticsearch unavailable while %s: %s", action, error)
        raise SearchUnavailable(f"{action}: {error}") from error
    except (TransportError, ApiError) as error:
        logger.exception("Elasticsearch failed while %s", action)
        raise SearchUnavailable(f"{action}: {error}") from error
