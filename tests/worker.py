"""A real Celery worker for the tests that prove the queue: `celery -A shop worker` in a process
of its own, consuming this test process's queue on the machine's Redis (scripts/test starts it)
and writing to this test process's database.

Its data must be committed to be seen, so tests using it run with `transactional_db`. While it
runs, tasks sent by the test go through Redis instead of running in process.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from shop.celery import app

CELERY = Path(sys.executable).with_name("celery")


def eventually(check, *, timeout: float = 30, message: str = "") -> object:
    """Polls `check` until it returns something true: work done in another process."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        if time.monotonic() > deadline:
            raise AssertionError(message or f"{check} still false after {timeout} s")
        time.sleep(0.05)
    return result


def redis_keys_delete(prefix: str) -> None:
    """Drops this test's keys from the shared Redis database, and nobody else's."""
    with redis.Redis.from_url(settings.TEST_REDIS_URL) as client:
        keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
        if keys:
            client.delete(*keys)


@pytest.fixture
def celery_worker(transactional_db, tmp_path):
    """`celery_worker(**environment)` starts a worker with these extra environment variables;
    it is stopped (warm shutdown) at the end of the test."""
    started = []
    log = tmp_path / "worker.log"
    app.conf.task_always_eager = False

    def start(**environment: str) -> subprocess.Popen:
        database = connection.settings_dict
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "shop.settings.test",
            "TEST_PROCESS_ID": settings.TEST_PROCESS_ID,
            "DATABASE_URL": (
                f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
                f"{database['PORT']}/{database['NAME']}"
            ),
            **environment,
        }
        process = subprocess.Popen(
            [CELERY, "-A", "shop", "worker", "--pool=solo", "--without-gossip"]
            + ["--without-mingle", "--without-heartbeat", "--loglevel=INFO"]
            + ["--queues", settings.CELERY_TASK_DEFAULT_QUEUE],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        return process

    yield start
    app.conf.task_always_eager = True
    for process in started:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    print(log.read_text())  # shown by pytest when the test failed
    redis_keys_delete(f"test-{settings.TEST_PROCESS_ID}:")
