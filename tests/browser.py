"""Browser tests: Debian's chromium, driven by Playwright's sync API, against pytest-django's
live_server (a real HTTP server in a thread of the test process, on the test database).

Playwright's browsers are never downloaded: Debian's /usr/bin/chromium is launched instead.

Playwright's sync API keeps an asyncio event loop marked as running in the test's thread while it
is started, and Django refuses ORM calls from such a thread (SynchronousOnlyOperation). So the
browser is started per test, AFTER the test's data fixtures, and stopped before the database is
flushed: request data fixtures before `page` and query the database only before opening the
browser. DJANGO_ALLOW_ASYNC_UNSAFE is not needed (the live server answers in its own thread).
"""

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def page(live_server):
    """A phone-sized page in a fresh browser, its relative URLs resolved against live_server."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=live_server.url, locale="vi-VN", viewport=PHONE)
        context.set_default_timeout(10_000)
        yield context.new_page()
        context.close()
        browser.close()
