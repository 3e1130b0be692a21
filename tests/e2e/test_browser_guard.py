"""The guard every browser test runs under (tests/browser.py): it catches what the Content-Security-
Policy blocks or reports and uncaught JavaScript errors, and the phone-width check names what sticks
out. Each page here is served by Playwright itself, with the headers the case needs."""

import pytest

from tests.browser import assert_fits

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

INLINE_SCRIPT = "<!doctype html><title>t</title><script>document.title = 'ran';</script>"


def serve(page, body: str, **headers) -> None:
    """Opens /guard/ on the live server's origin, answered with `body` and `headers`."""
    page.route(
        "**/guard/",
        lambda route: route.fulfill(
            body=body, headers={"Content-Type": "text/html; charset=utf-8", **headers}
        ),
    )
    page.goto("/guard/")
    page.evaluate("0")  # the page's reports reach the test before this returns


def test_an_inline_script_the_policy_blocks_fails_the_test(page, browser_guard):
    serve(page, INLINE_SCRIPT, **{"Content-Security-Policy": "script-src 'self'"})
    assert page.title() == "t"  # blocked
    with pytest.raises(AssertionError) as failure:
        browser_guard.check()
    assert "CSP violation (enforce) of script-src-elem" in str(failure.value)  # the event
    assert "violates the following Content Security Policy directive" in str(failure.value)


def test_a_javascript_error_fails_the_test(page, browser_guard):
    serve(page, "<!doctype html><script>undefinedFunction();</script>")
    with pytest.raises(AssertionError, match="undefinedFunction is not defined"):
        browser_guard.check()


def test_a_nonced_script_under_the_policy_passes(page, browser_guard):
    policy = "script-src 'nonce-abc123'; object-src 'none'"
    body = INLINE_SCRIPT.replace("<script>", '<script nonce="abc123">')
    serve(page, body, **{"Content-Security-Policy": policy})
    assert page.title() == "ran"
    browser_guard.check()


def test_a_report_only_violation_fails_the_test_too(page, browser_guard):
    serve(page, INLINE_SCRIPT, **{"Content-Security-Policy-Report-Only": "script-src 'self'"})
    assert page.title() == "ran"  # reported, not blocked
    with pytest.raises(AssertionError, match=r"\(report\)"):
        browser_guard.check()


def test_the_guard_watches_every_page_the_test_opens(page, open_page, browser_guard):
    other = open_page()
    serve(other, INLINE_SCRIPT, **{"Content-Security-Policy": "script-src 'none'"})
    with pytest.raises(AssertionError, match="CSP violation"):
        browser_guard.check()


def test_the_phone_check_names_the_element_that_sticks_out(page):
    serve(
        page,
        '<!doctype html><meta name="viewport" content="width=device-width">'
        '<main><p class="wide" style="width: 500px">Cà phê</p>'
        '<div style="overflow-x: auto"><table style="width: 900px"><td>ok</td></table></div>'
        "</main>",
    )
    with pytest.raises(AssertionError, match=r"p\.wide from 8 to 508 px") as failure:
        assert_fits(page)
    assert "table" not in str(failure.value)  # its scrolling box fits
