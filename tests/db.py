"""A migrated template database, built once and cloned for every test process.

Running Oscar's and Wagtail's migrations takes about a minute; cloning a template takes a
second. The template is rebuilt whenever a migration file or an installed package changes.
"""

import fcntl
import hashlib
import importlib.metadata
import os
import tempfile
from pathlib import Path

import psycopg
from django.apps import apps
from django.core.management import call_command
from django.db import connections


def _migrations_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("django", "django-oscar", "wagtail"):
        digest.update(importlib.metadata.version(name).encode())
    for app_config in apps.get_app_configs():
        folder = Path(app_config.path) / "migrations"
        for path in sorted(folder.glob("*.py")) if folder.is_dir() else []:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _admin_connection(settings_dict):
    return psycopg.connect(
        host=settings_dict["HOST"] or None,
        port=settings_dict["PORT"] or None,
        user=settings_dict["USER"],
        password=settings_dict["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


def _template_fingerprint(cursor, name: str) -> str | None:
    cursor.execute(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
        [name],
    )
    row = cursor.fetchone()
    return row[0] if row else None


def _use_database(name: str) -> None:
    connection = connections["default"]
    connection.close()
    connection.settings_dict["NAME"] = name


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _drop_abandoned_databases(cursor, base_name: str) -> None:
    """Databases of test processes that died before they could drop their own."""
    cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [f"{base_name}_p%"])
    for (name,) in cursor.fetchall():
        pid = name.rsplit("_p", 1)[-1]
        if pid.isdigit() and not _pid_alive(int(pid)):
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def create_test_database() -> str:
    """Returns the name of a fresh, migrated database for this test process."""
    connection = connections["default"]
    settings_dict = dict(connection.settings_dict)
    base_name = settings_dict["TEST"]["NAME"]
    template, database = f"{base_name}_template", f"{base_name}_p{os.getpid()}"
    fingerprint = _migrations_fingerprint()
    lock_path = Path(tempfile.gettempdir()) / f"{base_name}-template.lock"
    with open(lock_path, "w") as lock, _admin_connection(settings_dict) as admin:
        fcntl.flock(lock, fcntl.LOCK_EX)
        cursor = admin.cursor()
        _drop_abandoned_databases(cursor, base_name)
        if _template_fingerprint(cursor, template) != fingerprint:
            cursor.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{template}"')
            _use_database(template)
            call_command("migrate", verbosity=0, interactive=False)
            connection.close()
            cursor.execute(f"COMMENT ON DATABASE \"{template}\" IS '{fingerprint}'")
        cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{database}" TEMPLATE "{template}"')
        fcntl.flock(lock, fcntl.LOCK_UN)
    _use_database(database)
    return database


def drop_test_database(name: str) -> None:
    connection = connections["default"]
    connection.close()
    with _admin_connection(connection.settings_dict) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
