"""Production settings: a clean `check --deploy`, no start without the secrets, hardened cookies,
and a demo loader that will not publish known passwords."""

import os
import runpy
import secrets
import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from demo import data

REQUIRED = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")


def production_env(tmp_path) -> dict[str, str]:
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "cho-htx.vn,www.cho-htx.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
    }


def test_check_deploy_passes_without_a_warning(tmp_path):
    environment = {
        **os.environ,
        **production_env(tmp_path),
        "DJANGO_SETTINGS_MODULE": "shop.settings.production",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", REQUIRED)
def test_production_refuses_to_start_without_its_secrets(missing, monkeypatch, tmp_path):
    for name, value in production_env(tmp_path).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv(missing)
    with pytest.raises(Exception, match=f"Set the {missing} environment variable"):
        runpy.run_module("shop.settings.production")


def test_production_cookies_and_transport_are_hardened(monkeypatch, tmp_path):
    for name, value in production_env(tmp_path).items():
        monkeypatch.setenv(name, value)
    production = runpy.run_module("shop.settings.production")
    assert production["DEBUG"] is False
    assert production["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert production["SECURE_SSL_REDIRECT"] is True
    for cookie in ("SESSION", "CSRF", "LANGUAGE"):
        assert production[f"{cookie}_COOKIE_SECURE"] is True
        assert production[f"{cookie}_COOKIE_SAMESITE"] == "Lax"
    assert production["SESSION_COOKIE_HTTPONLY"] is True
    assert production["OSCAR_BASKET_COOKIE_SECURE"] is True


@pytest.mark.django_db
def test_signing_in_sets_an_httponly_samesite_session_cookie(client):
    get_user_model().objects.create_user("lan", "lan@example.com", "mat-khau-dai-2025")
    response = client.post(
        "/accounts/login/",
        {
            "login-username": "lan@example.com",
            "login-password": "mat-khau-dai-2025",
            "login_submit": "1",
        },
    )
    assert response.status_code == 302
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"


@pytest.mark.django_db
def test_the_demo_refuses_to_load_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo_data", products=0, stdout=StringIO())


@pytest.mark.django_db
def test_a_forced_demo_load_gets_random_passwords_printed_once(settings, client):
    settings.DEBUG = False
    settings.SEARCH_ENABLED = False
    output = StringIO()
    call_command("load_demo_data", products=0, force=True, stdout=output)
    printed = output.getvalue()
    for account in data.ACCOUNTS:
        assert account.password not in printed
        assert not client.login(username=account.email, password=account.password)
    line = next(line for line in printed.splitlines() if data.STAFF.email in line)
    password = line.split()[-1]
    assert len(password) >= 16
    assert client.login(username=data.STAFF.email, password=password)
