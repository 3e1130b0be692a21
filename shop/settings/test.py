"""Tests: PostgreSQL and the local Elasticsearch server, both real."""

import os
import uuid

from .base import *  # noqa: F403
from .base import AUTHENTICATION_BACKENDS, BASE_DIR, database, env

DATABASES = {
    "default": database(env("DATABASE_URL", "postgres://chohtx:chohtx@127.0.0.1:5432/chohtx"))
}
DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME", "test_chohtx")}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media" / os.environ.get("PYTEST_XDIST_WORKER", "main")
PRIVATE_MEDIA_ROOT = (
    BASE_DIR / "var" / "test-private" / os.environ.get("PYTEST_XDIST_WORKER", "main")
)
# Each test process (the main one and every xdist worker) gets indexes, Redis keys and a task
# queue of its own. A Celery worker started by a test inherits its TEST_PROCESS_ID.
TEST_PROCESS_ID = env("TEST_PROCESS_ID", uuid.uuid4().hex[:10])
ELASTICSEARCH_INDEX_PREFIX = f"test-{TEST_PROCESS_ID}"

# Redis (scripts/test starts it): one database number per xdist worker, keys prefixed per process.
# Tasks run in process (eagerly) unless a test starts a real worker (tests/worker.py).
_xdist_number = "".join(c for c in os.environ.get("PYTEST_XDIST_WORKER", "") if c.isdigit())
_redis_db = (int(_xdist_number) + 2) % 16 if _xdist_number else 1
TEST_REDIS_URL = f"redis://127.0.0.1:6379/{_redis_db}"
CELERY_BROKER_URL = TEST_REDIS_URL
CELERY_RESULT_BACKEND = TEST_REDIS_URL
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_DEFAULT_QUEUE = f"test-{TEST_PROCESS_ID}"
CELERY_BROKER_TRANSPORT_OPTIONS = {"global_keyprefix": f"test-{TEST_PROCESS_ID}:"}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"global_keyprefix": f"test-{TEST_PROCESS_ID}:"}

# django-axes needs the request in authenticate(), which the test client's login() does not pass:
# tests sign in without it, and the rate-limit tests switch it back on (tests/ops).
AUTHENTICATION_BACKENDS = [b for b in AUTHENTICATION_BACKENDS if not b.startswith("axes.")]
AXES_ENABLED = False
SILENCED_SYSTEM_CHECKS = ["axes.W003"]  # the backend left out on purpose
# One process, one clock: a page rendered right after a change is kept (pagecache).
PAGE_CACHE_CLOCK_SKEW = 0
# The flush after a transactional test takes seconds; the logging tests set their own limit.
SLOW_QUERY_MS = 60_000
