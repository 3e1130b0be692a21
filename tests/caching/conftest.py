import pytest

from tests.factories import CooperativeFactory, ProductFactory
from tests.html import soup
from tests.search import conftest as search_fixtures
from tests.storefront import conftest as storefront_fixtures

# The fixtures of the search and storefront tests, for the pages these tests ask.
search_indexes = search_fixtures.search_indexes
search_index = search_fixtures.search_index
committed = search_fixtures.committed
home_page = storefront_fixtures.home_page
news_index = storefront_fixtures.news_index


@pytest.fixture
def cooperative():
    return CooperativeFactory(name="HTX Chè Tân Cương")


@pytest.fixture
def product(cooperative):
    return ProductFactory(title="Chè búp Tân Cương", cooperative=cooperative)


def card(client, product, **headers):
    """The product's card as its cooperative's profile shows it to this client ("" if none)."""
    response = client.get(product.cooperative.get_absolute_url(), **headers)
    assert response.status_code == 200
    found = [
        article
        for article in soup(response).select("article.product-card")
        if article.select_one(".product-card__title a").get_text(strip=True) == product.title
    ]
    return found[0] if found else None


@pytest.fixture
def indexed(search_index, committed, cooperative):
    """A product in a category, indexed in Elasticsearch."""
    with committed():
        product = ProductFactory(
            title="Cà phê Robusta rang mộc",
            cooperative=cooperative,
            categories=["Đồ uống > Cà phê"],
        )
    search_index.refresh()
    return product
