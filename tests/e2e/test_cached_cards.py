"""A shopper adds to the basket from a cached product card and switches the language from the
cached footer, in a real browser: the forms get their CSRF token from static/js/csrf.js."""

import pytest
from playwright.sync_api import expect

from tests.browser import screenshot
from tests.factories import CooperativeFactory, ProductFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cooperative():
    cooperative = CooperativeFactory(name="HTX Chè Tân Cương", slug="htx-che-tan-cuong")
    ProductFactory(title="Chè búp Tân Cương", cooperative=cooperative)
    ProductFactory(title="Chè móc câu", cooperative=cooperative)
    return cooperative


def test_add_to_basket_from_a_cached_card_then_switch_language(cooperative, page):
    url = cooperative.get_absolute_url()
    page.goto(url)  # renders the cards into the cache
    page.context.clear_cookies()
    page.goto(url)  # a first visit again, the cards from the cache: no token on the page
    assert page.locator("form.product-card__form input[data-csrf]").first.input_value() == ""
    card = page.locator("article.product-card", has_text="Chè búp Tân Cương")
    card.get_by_role("button").click()
    expect(page.locator("[data-basket-count]")).to_contain_text("1")

    page.goto(url)
    page.locator("footer").get_by_role("button", name="English").click()
    expect(page).to_have_url(url)
    expect(page.locator("html")).to_have_attribute("lang", "en")


@pytest.fixture
def product_urls(cooperative):
    return [product.get_absolute_url() for product in cooperative.products.order_by("title")]


def test_the_products_viewed_before_show_on_the_next_product_page(product_urls, page):
    tea, hook = product_urls
    page.goto(tea)  # rendered into the page cache; nothing viewed before it
    expect(page.locator("[data-recently-viewed]")).to_be_empty()
    page.goto(hook)
    viewed = page.get_by_role("region", name="Sản phẩm bạn đã xem")
    expect(viewed.locator("article.product-card")).to_have_count(1)
    expect(viewed).to_contain_text("Chè búp Tân Cương")
    assert page.context.cookies() == []  # kept by the browser, not in a cookie

    page.goto(tea)  # the cached copy: the list is the browser's own
    expect(viewed.locator("article.product-card")).to_have_count(1)
    expect(viewed).to_contain_text("Chè móc câu")
    viewed.get_by_role("button").click()  # its card's add-to-basket form works
    expect(page.locator("[data-basket-count]")).to_contain_text("1")


def test_without_javascript_the_first_add_to_the_basket_is_confirmed(product_urls, open_page):
    """A shared product page carries no token: the refused POST shows what to confirm, on a
    page with the visitor's token."""
    page = open_page(java_script_enabled=False)
    page.goto(product_urls[0])
    page.locator("main form#add_to_basket_form [type=submit]").click()
    expect(page.locator("main h1")).to_have_text("Thêm “Chè búp Tân Cương” vào giỏ hàng?")
    screenshot(page, "csrf-confirm-without-javascript")
    page.locator("main form [type=submit]").click()
    expect(page.locator("[data-basket-count]")).to_contain_text("1")
    page.goto("/basket/")
    expect(page.locator("main")).to_contain_text("Chè búp Tân Cương")
