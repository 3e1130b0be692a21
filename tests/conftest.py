"""Fixtures every test folder shares; the browser fixture `page` lives in tests/browser.py, the
Celery worker `celery_worker` in tests/worker.py."""

import io

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.utils import translation
from wagtail.images.models import Image as WagtailImage

from imaging.selectors import rendition_memo_clear
from tests.db import create_test_database, drop_test_database
from tests.html import jpeg

pytest_plugins = ["tests.browser", "tests.payments.fixtures", "tests.worker"]


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    """Each test process gets a clone of one migrated template database (see tests/db.py)."""
    from django.conf import settings

    with django_db_blocker.unblock():
        name = create_test_database()
    settings.DATABASES["default"]["NAME"] = name
    yield
    with django_db_blocker.unblock():
        drop_test_database(name)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (this process's local memory): nothing cached, no
    rate-limit counts left by an earlier test."""
    cache.clear()


@pytest.fixture
def page_cache_off(settings):
    """Pages as rendered: the page cache, which answers a page it holds without a query, is off,
    so that query counts measure the rendering."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture(autouse=True)
def _renditions_forgotten():
    """What a process remembers of renditions made in an earlier test's (rolled back) rows is
    forgotten."""
    rendition_memo_clear()


@pytest.fixture(autouse=True)
def _default_language(settings):
    """Every test starts in the site's default language, Vietnamese."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def wagtail_image():
    """`wagtail_image(title)` makes a Wagtail image from a JPEG."""

    def make(title="Đồi chè"):
        return WagtailImage.objects.create(
            title=title, file=ImageFile(io.BytesIO(jpeg()), name="photo.jpg")
        )

    return make
