"""axe-core (the copy bundled by axe-playwright-python, injected by the test: no CDN) finds no
serious or critical accessibility violation on the pages shoppers and sellers use most: home,
search results, a product, the basket, each checkout step, a lot's trace page and the seller's
dashboard (start page, product form, lots)."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser import add_to_basket
from traceability import services

from .checkout import guest_checkout
from .conftest import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE = Axe()
BLOCKING = ("serious", "critical")
GTIN = "8930000123459"


class Audit:
    """Runs axe on each page it is shown and keeps its serious and critical violations."""

    def __init__(self, page):
        self.page = page
        self.found: list[str] = []
        self.pages: list[str] = []

    def __call__(self, page=None, name: str = "") -> None:
        page = page or self.page
        self.pages.append(page.url)
        for violation in AXE.run(page).response["violations"]:
            if violation["impact"] not in BLOCKING:
                continue
            nodes = "\n".join(
                f"    {' '.join(node['target'])}: {node['html'][:160]}"
                for node in violation["nodes"][:5]
            )
            self.found.append(
                f"{page.url} {violation['id']} ({violation['impact']}): {violation['help']}\n"
                + nodes
            )

    def assert_clean(self, pages: int) -> None:
        assert len(self.pages) == pages, self.pages
        assert not self.found, "\n".join(self.found)


@pytest.fixture
def audit(page):
    return Audit(page)


def test_storefront_pages(indexed_market, page, audit):
    page.goto("/")
    audit()
    page.goto("/search/?q=ca+phe")
    expect(page.locator("main .product-card").first).to_be_visible()
    audit()
    page.goto(indexed_market[0]["url"])
    audit()
    add_to_basket(page)
    page.goto("/basket/")
    expect(page.locator("main .coop-group__title")).to_be_visible()
    audit()
    audit.assert_clean(pages=4)


def test_checkout_steps(market, page, audit):
    """Each product page, the basket, the guest's gateway, the shipping address, the payment
    method and the preview."""
    guest_checkout(page, market, email="khach.a11y@example.com", on_page=audit)
    expect(page.locator("#place-order")).to_be_visible()
    audit()
    audit.assert_clean(pages=7)


@pytest.fixture
def traced(market):
    product = market[0]["product"]
    services.product_gtin_set(product=product, gtin=GTIN)
    lot = services.lot_create(
        product=product, code="EATU-25-11", produced_on=datetime.date(2025, 11, 5)
    )
    services.step_add(
        lot=lot, kind="harvest", date=datetime.date(2025, 11, 5), text="Hái chọn quả chín đỏ"
    )
    return {
        "trace": f"/01/0{GTIN}/10/EATU-25-11",
        "product": product.pk,
        "product_class": product.get_product_class().slug,
        "lot": lot.pk,
    }


def test_trace_page(traced, page, audit):
    page.goto(traced["trace"])
    expect(page.locator(".trace-step")).to_contain_text("Hái chọn quả chín đỏ")
    audit()
    audit.assert_clean(pages=1)


def test_seller_dashboard_pages(market, traced, page, audit):
    page.goto("/accounts/login/")
    audit()
    page.fill("#id_login-username", market[0]["seller"])
    page.fill("#id_login-password", PASSWORD)
    page.click("button[name=login_submit]")
    page.goto("/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(market[0]["name"])
    audit()
    for url in (
        f"/dashboard/catalogue/products/{traced['product']}/",
        f"/dashboard/catalogue/products/create/{traced['product_class']}/",
        "/dashboard/truy-xuat/",
        "/dashboard/truy-xuat/lo/them/",
        f"/dashboard/truy-xuat/lo/{traced['lot']}/",
    ):
        assert page.goto(url).status == 200, url
        audit()
    audit.assert_clean(pages=7)
