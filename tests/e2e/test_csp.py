"""The Content-Security-Policy holds on every kind of page: chromium reports no violation while
a staff member walks through the storefront, Oscar's dashboard, Wagtail's admin and Django's
admin (tests/cms/test_admin_csp.py uses Wagtail's widgets too)."""

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
    staff = get_user_model().objects.create_superuser("canbo", STAFF_EMAIL, STAFF_PASSWORD)
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
        "django_admin": [
            "/django-admin/",
            f"/django-admin/auth/user/{staff.pk}/change/",
            "/django-admin/auth/user/add/",
        ],
    }


def visit(page, urls: list[str]) -> None:
    """Visits each URL, waiting for its scripts to run."""
    for url in urls:
        response = page.goto(url, wait_until="networkidle")
        assert response.status == 200, url


def sign_in(page) -> None:
    page.goto("/accounts/login/")
    page.fill("#id_login-username", STAFF_EMAIL)
    page.fill("#id_login-password", STAFF_PASSWORD)
    page.click("button[name=login_submit]")
    expect(page).not_to_have_url(re.compile("/accounts/login/"))


@pytest.mark.parametrize("url", ["/", "/cms-admin/login/", "/django-admin/login/"])
def test_every_kind_of_page_enforces_a_policy_without_unsafe_scripts(site, page, url):
    response = page.goto(url)
    assert "content-security-policy-report-only" not in response.headers
    policy = response.headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert "object-src 'none'" in policy


def test_the_storefronts_inline_scripts_run_by_the_responses_nonce(site, page):
    policy = page.goto("/").headers["content-security-policy"]
    assert "'nonce-" in re.search(r"script-src ([^;]*)", policy).group(1)


@pytest.mark.parametrize("kind", ["storefront", "dashboard", "wagtail", "django_admin"])
def test_no_kind_of_page_breaks_a_rule(site, page, browser_guard, kind):
    if kind != "storefront":
        sign_in(page)
    visit(page, site[kind])
    page.evaluate("0")  # a round trip delivers what the page reported
    browser_guard.check()
