"""/healthz and /readyz, request ids in responses and logs, slow requests and queries."""

import io
import json
import logging
import socket

import pytest
from django.contrib.auth import get_user_model

from shop.logging import JsonFormatter, RequestIdFilter


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def production_like(settings):
    """Probes come by IP address over plain HTTP: no allowed host, an HTTPS redirect on."""
    settings.ALLOWED_HOSTS = ["cho-htx.vn"]
    settings.SECURE_SSL_REDIRECT = True


def test_healthz_answers_a_probe_by_ip_over_http(client, production_like):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_reports_every_server_with_its_latency(client, production_like):
    response = client.get("/readyz", HTTP_HOST="10.0.0.7:8000")
    report = response.json()
    assert response.status_code == 200, report
    assert report["status"] == "ok"
    assert {"database", "broker", "elasticsearch"} <= report["checks"].keys()
    for check in report["checks"].values():
        assert check["status"] == "ok"
        assert check["latency_ms"] >= 0


@pytest.mark.django_db
def test_elasticsearch_down_is_degraded_not_down(client, settings):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{_closed_port()}"
    response = client.get("/readyz")
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "degraded"
    assert report["checks"]["elasticsearch"]["status"] == "down"
    assert report["checks"]["database"]["status"] == "ok"


@pytest.mark.django_db
def test_redis_down_takes_the_replica_out_of_service(client, settings):
    settings.REDIS_URL = f"redis://127.0.0.1:{_closed_port()}/0"
    response = client.get("/readyz")
    assert response.status_code == 503
    report = response.json()
    assert report["status"] == "down"
    assert report["checks"]["redis"]["status"] == "down"
    assert "ConnectionError" in report["checks"]["redis"]["error"]


def test_every_response_carries_a_request_id(client):
    first, second = client.get("/healthz"), client.get("/healthz")
    assert len(first["X-Request-ID"]) == 32
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_the_proxys_request_id_is_kept_and_a_malformed_one_replaced(client):
    kept = client.get("/healthz", HTTP_X_REQUEST_ID="lb-7f3a.42")
    assert kept["X-Request-ID"] == "lb-7f3a.42"
    replaced = client.get("/healthz", HTTP_X_REQUEST_ID="<script>" + "x" * 200)
    assert replaced["X-Request-ID"] != "<script>" + "x" * 200
    assert len(replaced["X-Request-ID"]) == 32


@pytest.fixture
def json_log():
    """What the site's console handler would print for the shop and ops loggers."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    loggers = [logging.getLogger(name) for name in ("shop.requests", "ops.db")]
    for logger in loggers:
        logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    for logger in loggers:
        logger.removeHandler(handler)


def test_a_slow_request_is_logged_as_json_with_its_request_id(client, settings, json_log):
    settings.SLOW_REQUEST_MS = -1  # every request is slow
    response = client.get("/healthz", HTTP_X_REQUEST_ID="probe-1")
    assert response.status_code == 200
    (line,) = json_log()
    assert line["level"] == "WARNING"
    assert line["logger"] == "shop.requests"
    assert line["request_id"] == "probe-1"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/healthz", 200)
    assert line["duration_ms"] >= 0
    assert line["time"].endswith("+00:00")


def test_a_fast_request_is_not_logged(client, json_log):
    client.get("/healthz")
    assert json_log() == []


@pytest.mark.django_db
def test_a_slow_query_is_logged_without_its_parameters(settings, json_log):
    settings.SLOW_QUERY_MS = -1  # every query is slow
    get_user_model().objects.filter(email="bi-mat@example.com").exists()
    (line,) = [line for line in json_log() if "auth_user" in line["message"]]
    assert line["logger"] == "ops.db"
    assert "bi-mat@example.com" not in line["message"]
    assert line["duration_ms"] >= 0


@pytest.mark.django_db
def test_pages_send_a_permissions_policy(client):
    response = client.get("/healthz")
    assert "Permissions-Policy" not in response  # answered before the site's middleware
    page = client.get("/cooperatives/")
    assert "camera=()" in page["Permissions-Policy"]
