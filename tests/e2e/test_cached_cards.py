"""A shopper adds to the basket from a cached product card and switches the language from the
cached footer, in a real browser: the forms get their CSRF token from static/js/csrf.js."""

import pytest
from playwright.sync_api import expect

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
