"""The Content-Security-Policy holds on every kind of page: chromium reports no violation while
a staff member walks through the storefront, Oscar's dashboard and Wagtail's admin."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.factories import CooperativeFactory, ProductFactory, site_home_create

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

STAFF_EMAIL, STAFF_PASSWORD = "canbo@example.com", "mat-khau-can-bo-2025"


@pytest.fixture
def site():
    product = ProductFactory(
        title="Mật ong rừng U Minh",
        cooperative=CooperativeFactory(name="HTX Ong mật U Minh"),
        categories=["Thực phẩm > Mật ong"],
    )
    home = site_home_create(
        title="Chợ HTX",
        slug="cho-htx",
        hero_title="Đặc sản hợp tác xã",
        body=[("featured_products", {"heading": "Sản phẩm nổi bật", "products": [product]})],
    )
    get_user_model().objects.create_superuser("canbo", STAFF_EMAIL, STAFF_PASSWORD)
    return {
        "storefront": [
            "/",
            "/catalogue/",
            product.get_absolute_url(),
            "/search/?q=mat+ong",
            "/cooperatives/",
            "/basket/",
            "/accounts/login/",
        ],
        "dashboard": [
            "/dashboard/",
            "/dashboard/catalogue/",
            f"/dashboard/catalogue/products/{product.pk}/",
            "/dashboard/orders/",
            "/dashboard/users/",
        ],
        "wagtail": [
            "/cms-admin/",
            "/cms-admin/pages/",
            f"/cms-admin/pages/{home.pk}/edit/",
            "/cms-admin/images/",
        ],
    }


def csp_violations(page, urls: list[str]) -> list[str]:
    """Visits each URL (waiting for its scripts to run) and returns the CSP violations chromium
    reported, each with the page it happened on."""
    found = []
    current = {"url": ""}
    page.on(
        "console",
        lambda message: (
            found.append(f"{current['url']}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    for url in urls:
        current["url"] = url
        response = page.goto(url, wait_until="networkidle")
        assert response.status == 200, url
    return found


def sign_in(page) -> None:
    page.goto("/accounts/login/")
    page.fill("#id_login-username", STAFF_EMAIL)
    page.fill("#id_login-password", STAFF_PASSWORD)
    page.click("button[name=login_submit]")
    expect(page).not_to_have_url(re.compile("/accounts/login/"))


def test_every_page_sends_a_nonce_based_policy_without_unsafe_scripts(site, page):
    response = page.goto("/")
    policy = response.headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert "'nonce-" in script_src
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert "object-src 'none'" in policy


@pytest.mark.parametrize("kind", ["storefront", "dashboard"])
def test_the_storefront_and_the_dashboard_break_no_rule(site, page, kind):
    if kind == "dashboard":
        sign_in(page)
    violations = csp_violations(page, site[kind])
    assert not violations, "\n".join(violations)


@pytest.mark.allow_csp_reports
def test_wagtails_admin_only_reports_its_widgets_inline_scripts(site, page):
    """Wagtail's date and image chooser widgets write inline scripts without a nonce: on its admin
    the policy is report-only, so they run, and what they break is listed in the console."""
    sign_in(page)
    response = page.goto("/cms-admin/")
    assert "content-security-policy" not in response.headers
    reported = response.headers["content-security-policy-report-only"]
    assert "'unsafe-inline'" not in re.search(r"script-src ([^;]*)", reported).group(1)
    violations = csp_violations(page, site["wagtail"])
    for violation in violations:
        assert "report-only" in violation, violation
        assert "Executing inline script" in violation, violation
