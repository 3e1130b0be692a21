"""The issue's "done when", in a browser: a shopper types "ca phe" in the header, sees suggestions,
lands on results with facets, narrows to a province and 4 stars, sorts by price and opens a
product, all served by Elasticsearch."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests.factories import DAK_LAK, CooperativeFactory, ProductFactory

LAM_DONG = 68


@pytest.fixture
def coffee_shop(search_index):
    # live_server makes this test transactional: every save commits and is indexed at once.
    ea_tu = CooperativeFactory(name="HTX Cà phê Ea Tu", province=DAK_LAK)
    cau_dat = CooperativeFactory(name="HTX Cầu Đất", province=LAM_DONG, commune=None)
    for title, cooperative, stars, price in [
        ("Cà phê Robusta rang mộc", ea_tu, 4, "150000"),
        ("Cà phê Robusta rang xay", ea_tu, 4, "90000"),
        ("Cà phê chồn Buôn Ma Thuột", ea_tu, 5, "120000"),
        ("Cà phê Arabica Cầu Đất", cau_dat, 4, "80000"),
    ]:
        ProductFactory(
            title=title,
            cooperative=cooperative,
            ocop_stars=stars,
            stockrecord__price=Decimal(price),
            categories=["Đồ uống > Cà phê"],
        )
    ProductFactory(title="Mật ong rừng", cooperative=ea_tu)
    search_index.refresh()


def open_filter(page, label):  # noqa: F811 (page is the browser fixture)
    filters = page.locator(".search-filters")
    if filters.get_attribute("open") is None:  # folded on a phone
        filters.locator("summary").click()
    filters.locator(".search-facet__option", has_text=label).click()


@pytest.mark.e2e
def test_a_shopper_finds_coffee_from_the_header(coffee_shop, page):
    page.goto("/catalogue/")
    box = page.locator("#site-search-q")
    box.press_sequentially("ca phe", delay=40)

    suggestions = page.get_by_role("listbox")
    expect(suggestions).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(suggestions.get_by_role("option", name=re.compile("Cà phê chồn"))).to_be_visible()
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", re.compile(r"-o0$"))
    box.press("Escape")
    expect(suggestions).to_be_hidden()
    box.press("Enter")

    page.wait_for_url(re.compile(r"/search/\?q=ca\+phe$"))
    expect(page.locator(".product-card")).to_have_count(4)
    expect(page.locator(".search-notice")).to_have_count(0)

    open_filter(page, "Đắk Lắk")
    page.wait_for_url(re.compile("province=66"))
    open_filter(page, "4 sao")
    page.wait_for_url(re.compile("ocop=4"))
    expect(page.locator(".product-card")).to_have_count(2)

    page.select_option("#search-sort", "price-asc")
    page.wait_for_url(re.compile("sort=price-asc"))
    titles = page.locator(".product-card__title")
    expect(titles).to_have_text(["Cà phê Robusta rang xay", "Cà phê Robusta rang mộc"])

    titles.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cà phê Robusta rang xay")
