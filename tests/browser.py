"""Browser tests: Debian's chromium, driven by Playwright's sync API, against pytest-django's
live_server (a real HTTP server in a thread of the test process, on the test database).

Playwright's browsers are never downloaded: Debian's /usr/bin/chromium is launched instead.

Playwright's sync API keeps an asyncio event loop marked as running in the test's thread while it
is started, and Django refuses ORM calls from such a thread (SynchronousOnlyOperation). So the
browser is started per test, AFTER the test's data fixtures, and stopped before the database is
flushed: request data fixtures before `page` and query the database only before opening the
browser. DJANGO_ALLOW_ASYNC_UNSAFE is not needed (the live server answers in its own thread).

Every browser test is watched: a Content-Security-Policy violation or an uncaught JavaScript error
in any page of its browser fails it (`BrowserGuard`), and the journey's last page is saved as a
full-page screenshot in test-results/screenshots/<test name>.png, passed or failed.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
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
SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-results" / "screenshots"
UNSAFE_IN_NAMES = re.compile(r"[^\w.-]+")

# Runs in every frame before the page's own scripts: hands each CSP violation to the test.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolation({
    disposition: event.disposition,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    where: `${event.sourceFile || event.documentURI}:${event.lineNumber}`,
    sample: event.sample,
  });
}, true);
"""


class BrowserGuard:
    """What went wrong in the browser during a test: CSP violations (as `securitypolicyviolation`
    events and as chromium's console messages: "… violates the following Content Security Policy
    directive …", "Refused to …" in older versions) and uncaught JavaScript errors; report-only
    violations count as well as enforced ones."""

    def __init__(self):
        self.problems: list[str] = []

    def watch(self, context) -> None:
        context.expose_binding("__cspViolation", self._violation)
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("page", self._watch_page)
        for page in context.pages:
            self._watch_page(page)

    def _watch_page(self, page) -> None:
        page.on("pageerror", lambda error: self.problems.append(f"{page.url}: {error}"))
        page.on("console", lambda message: self._console(page, message))

    def _violation(self, source, violation: dict) -> None:
        self.problems.append(
            f"{source['frame'].url}: CSP violation ({violation['disposition']}) of "
            f"{violation['directive']} by {violation['blocked'] or 'inline'} at "
            f"{violation['where']} {violation['sample']!r}"
        )

    def _console(self, page, message) -> None:
        text = message.text
        if "Content Security Policy" not in text and not text.startswith("Refused to"):
            return
        self.problems.append(f"{page.url}: {text}")

    def check(self) -> None:
        """Fails with every problem seen, once: a test's failure is not repeated at teardown."""
        problems, self.problems = self.problems, []
        assert not problems, "The browser reported:\n" + "\n".join(problems)


def screenshot(page, name: str) -> Path:
    """Saves a full-page screenshot of `page` as test-results/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / (UNSAFE_IN_NAMES.sub("-", name).strip("-") + ".png")
    page.screenshot(path=path, full_page=True)
    return path


def add_to_basket(page, form: str = "main form[action*='/basket/add/']") -> None:
    """Presses the first add-to-basket button of `form` and waits for the answer's page. On a
    shared page the form first asks for the visitor's CSRF token (static/js/csrf.js), then
    sends itself."""
    with page.expect_navigation():
        page.locator(f"{form} [type=submit]").first.click()


@pytest.fixture
def browser_guard():
    return BrowserGuard()


@pytest.fixture
def open_page(live_server, browser_guard):
    """`open_page()` opens a phone-sized page of Debian's chromium in a new context (cookies of
    its own), its relative URLs resolved against live_server, watched by the test's guard. One
    browser per test, closed after it."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        def open_one(**options):
            options = {"base_url": live_server.url, "locale": "vi-VN", "viewport": PHONE, **options}
            context = browser.new_context(**options)
            context.set_default_timeout(10_000)
            browser_guard.watch(context)
            return context.new_page()

        yield open_one
        browser.close()


@pytest.fixture
def page(request, open_page, browser_guard):
    """The test's page (see `open_page`). After the test, the last page still open in its browser
    is saved as a screenshot named after the test, and the test fails if the browser reported a
    CSP violation or a JavaScript error meanwhile."""
    first = open_page()
    yield first
    pages = [page for context in first.context.browser.contexts for page in context.pages]
    if pages:
        screenshot(pages[-1], request.node.name)
    for page in pages:  # a round trip delivers what each page reported before it
        try:
            page.evaluate("0")
        except PlaywrightError:  # a page in the middle of a navigation when the test failed
            continue
    browser_guard.check()


# The outermost elements sticking out of the viewport sideways, skipping what an ancestor clips
# or scrolls (a table in a scrolling box is fine when the box fits) and what is invisible.
WIDE_ELEMENTS = """() => {
  const limit = document.documentElement.clientWidth;
  const clipped = (element) => {
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  const wide = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || (box.right <= limit + 1 && box.left >= -1)) continue;
    if (getComputedStyle(element).visibility !== "visible" || clipped(element)) continue;
    if (wide.some((outer) => outer.element.contains(element))) continue;
    const name = element.tagName.toLowerCase() + (element.id ? `#${element.id}` : "") +
      [...element.classList].map((name) => `.${name}`).join("");
    const where = `from ${Math.round(box.left)} to ${Math.round(box.right)} px`;
    wide.push({element, text: `${name} ${where}`});
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: limit,
    wide: wide.map((found) => found.text),
  };
}"""


def assert_fits(page) -> None:
    """Fails if the page scrolls sideways or an element sticks out of the viewport's width,
    naming the outermost such elements."""
    found = page.evaluate(WIDE_ELEMENTS)
    assert found["scrollWidth"] <= found["clientWidth"] and not found["wide"], (
        f"{page.url} is wider than the viewport ({found['scrollWidth']} px scrolled, "
        f"{found['clientWidth']} px shown): " + "; ".join(found["wide"])
    )
