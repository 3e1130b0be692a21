"""What /readyz reports: each server the site depends on, whether it answers, and how fast.

PostgreSQL or a configured Redis (cache and sessions, broker) not answering makes the site
"down" (HTTP 503: take this replica out of the load balancer). Elasticsearch not answering makes
it "degraded" (HTTP 200): search and category pages fall back to the database.
"""

import time
from collections.abc import Callable

import redis
from django.conf import settings
from django.db import connection

from search.health import server_ping

TIMEOUT_SECONDS = 1


def _timed(check: Callable[[], object]) -> dict:
    started = time.perf_counter()
    try:
        check()
    except Exception as error:  # any failure is an answer here, not an error page
        status, detail = "down", {"error": f"{type(error).__name__}: {error}"[:300]}
    else:
        status, detail = "ok", {}
    return {"status": status, "latency_ms": round((time.perf_counter() - started) * 1000, 1)} | (
        detail
    )


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _redis(url: str) -> Callable[[], object]:
    def ping():
        client = redis.Redis.from_url(
            url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS
        )
        with client:
            client.ping()

    return ping


def readiness() -> dict:
    checks = {"database": _timed(_database)}
    for name, url in (("redis", settings.REDIS_URL), ("broker", settings.CELERY_BROKER_URL)):
        if url.startswith(("redis://", "rediss://")):
            checks[name] = _timed(_redis(url))
    checks["elasticsearch"] = (
        _timed(server_ping) if settings.SEARCH_ENABLED else {"status": "disabled"}
    )
    if any(check["status"] == "down" for name, check in checks.items() if name != "elasticsearch"):
        status = "down"
    elif checks["elasticsearch"]["status"] == "down":
        status = "degraded"
    else:
        status = "ok"
    return {"status": status, "checks": checks}
