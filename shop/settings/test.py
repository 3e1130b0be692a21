"""Tests: PostgreSQL and the local Elasticsearch server, both real."""

import os
import uuid

import dj_database_url

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", "postgres://chohtx:chohtx@127.0.0.1:5432/chohtx"),
    )
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME", "test_chohtx")}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media" / os.environ.get("PYTEST_XDIST_WORKER", "main")
PRIVATE_MEDIA_ROOT = (
    BASE_DIR / "var" / "test-private" / os.environ.get("PYTEST_XDIST_WORKER", "main")
)
# Each test process (the main one and every xdist worker) gets indexes of its own.
ELASTICSEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:10]}"
