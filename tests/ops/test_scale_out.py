"""Web processes keep no state of their own: two gunicorn processes on one database and one Redis
share baskets, sessions and the cache; uploaded media live on S3-compatible storage (moto's
server standing in for S3)."""

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urljoin

import boto3
import pytest
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from wagtail.models import Site

from cms.models import NewsIndexPage
from tests.factories import ProductFactory, site_home_create
from tests.worker import eventually, redis_keys_delete

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=5).ok
    except requests.RequestException:
        return False


@pytest.fixture
def redis_cache(settings):
    """The Redis cache and sessions the web processes are given, with keys of this test only."""
    prefix = f"test-{settings.TEST_PROCESS_ID}-{uuid.uuid4().hex[:6]}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": settings.TEST_REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    yield prefix
    redis_keys_delete(prefix)


@pytest.fixture
def web_processes(transactional_db, redis_cache, tmp_path):
    """Two gunicorn processes serving the site on free ports; returns their base URLs."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "shop.settings.test",
        "TEST_PROCESS_ID": settings.TEST_PROCESS_ID,
        "DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
            f"{database['PORT']}/{database['NAME']}"
        ),
        "REDIS_URL": settings.TEST_REDIS_URL,
        "CACHE_KEY_PREFIX": redis_cache,
        "SEARCH_ENABLED": "false",
    }
    processes, urls = [], []
    try:
        for name in ("a", "b"):
            port = _free_port()
            processes.append(
                subprocess.Popen(
                    [BIN / "gunicorn", "shop.wsgi:application", "--bind", f"127.0.0.1:{port}"]
                    + ["--workers", "1", "--timeout", "60"],
                    cwd=settings.BASE_DIR,
                    env=env,
                    stdout=(tmp_path / f"web-{name}.log").open("wb"),
                    stderr=subprocess.STDOUT,
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        for url in urls:
            eventually(lambda url=url: _answers(f"{url}/healthz"), timeout=60)
        yield urls
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=20)


def _post(browser: requests.Session, form: str, url: str, data: dict) -> requests.Response:
    """Submits the form found at `form` to `url`, as a browser would: a shared page sets no CSRF
    cookie, so its script asks /csrf-token/ for one."""
    browser.get(form)
    if "csrftoken" not in browser.cookies:
        browser.get(urljoin(form, "/csrf-token/"))
    token = browser.cookies["csrftoken"]
    return browser.post(url, data={"csrfmiddlewaretoken": token, **data}, allow_redirects=False)


def test_a_basket_and_a_session_carry_across_web_processes(web_processes):
    a, b = web_processes
    product = ProductFactory(title="Trà ô long Mộc Châu", stockrecord__num_in_stock=10)
    get_user_model().objects.create_user("lan", "lan@example.com", "mat-khau-dai-2025")
    browser = requests.Session()

    added = _post(
        browser,
        f"{a}{product.get_absolute_url()}",
        f"{a}/basket/add/{product.pk}/",
        {"quantity": "1"},
    )
    assert added.status_code == 302, added.text[:500]
    assert "Trà ô long Mộc Châu" in browser.get(f"{b}/basket/").text

    signed_in = _post(
        browser,
        f"{a}/accounts/login/",
        f"{a}/accounts/login/",
        {
            "login-username": "lan@example.com",
            "login-password": "mat-khau-dai-2025",
            "login_submit": "1",
        },
    )
    assert signed_in.status_code == 302, signed_in.text[:500]
    profile = browser.get(f"{b}/accounts/profile/", allow_redirects=False)
    assert profile.status_code == 200  # B knows the session A started
    assert "lan@example.com" in profile.text
    assert "Trà ô long Mộc Châu" in browser.get(f"{b}/basket/").text  # merged into hers


def test_a_cache_invalidation_carries_across_web_processes(web_processes):
    """Wagtail caches its sites' root paths; saving a site clears them for every process."""
    from django.core.cache import cache

    a, b = web_processes
    home = site_home_create(
        title="Trang chủ",
        slug="trang-chu",
        hero_title="Đặc sản hợp tác xã",
        hero_text="Sản phẩm OCOP.",
        hero_cta_text="Khám phá",
        hero_cta_url="/catalogue/",
    )
    # The home page links to it, through the site root paths.
    home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc", intro="Tin."))
    browser = requests.Session()
    assert browser.get(f"{a}/").ok
    cached = eventually(lambda: cache.get("wagtail_site_root_paths", version=2))
    assert [path.root_url for path in cached] == ["http://localhost"]

    site = Site.objects.get(is_default_site=True)
    site.hostname = "cho-htx.vn"
    site.save()  # clears the key in Redis, for A and B alike
    assert cache.get("wagtail_site_root_paths", version=2) is None

    assert browser.get(f"{b}/").ok
    assert [path.root_url for path in cache.get("wagtail_site_root_paths", version=2)] == [
        "http://cho-htx.vn"
    ]


@pytest.fixture
def s3(settings, tmp_path):
    """moto's S3 server on a free port, with an empty bucket the site stores media in."""
    port = _free_port()
    server = subprocess.Popen(
        [BIN / "moto_server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=(tmp_path / "moto.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        endpoint = f"http://127.0.0.1:{port}"
        eventually(lambda: _answers(f"{endpoint}/moto-api/"), timeout=60)
        credentials = {"aws_access_key_id": "test", "aws_secret_access_key": "test"}
        client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **credentials)
        client.create_bucket(Bucket="cho-htx-media")
        settings.AWS_STORAGE_BUCKET_NAME = "cho-htx-media"
        settings.AWS_S3_ENDPOINT_URL = endpoint
        settings.AWS_S3_REGION_NAME = "us-east-1"
        settings.AWS_ACCESS_KEY_ID, settings.AWS_SECRET_ACCESS_KEY = "test", "test"
        settings.AWS_LOCATION = "media"
        settings.AWS_DEFAULT_ACL = None
        settings.AWS_S3_FILE_OVERWRITE = False
        settings.AWS_QUERYSTRING_AUTH = False
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {"BACKEND": "storages.backends.s3.S3Storage"},
        }
        yield client
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_uploaded_media_are_stored_in_the_bucket(s3):
    name = default_storage.save("cooperatives/logo.png", ContentFile(b"\x89PNG logo"))
    stored = s3.get_object(Bucket="cho-htx-media", Key=f"media/{name}")
    assert stored["Body"].read() == b"\x89PNG logo"
    assert default_storage.url(name).endswith(f"/cho-htx-media/media/{name}")
    second = default_storage.save("cooperatives/logo.png", ContentFile(b"another"))
    assert second != name  # never overwrites another upload
    default_storage.delete(name)
    assert not default_storage.exists(name)
