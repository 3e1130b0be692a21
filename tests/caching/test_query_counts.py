"""Storefront pages, as rendered (the page cache off), ask at most MAX_QUERIES SQL queries, and
more products (on the page, in the catalogue) add none: the cards and fragments come from the
cache once warm."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ProductFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

MAX_QUERIES = 10


def queries(client, url: str) -> int:
    """SQL statements of a warm request: the test's transaction turns the request's BEGIN and
    COMMIT into savepoints, which are left out as the benchmark leaves them out."""
    client.get(url)  # fills the caches (cards, fragments, site settings)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return sum(1 for q in captured if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT")))


def grow(cooperative, number: int) -> list:
    """Products of the cooperative in the category "Đồ uống > Trà"."""
    return [
        ProductFactory(
            cooperative=cooperative, title=f"Trà xanh số {n}", categories=["Đồ uống > Trà"]
        )
        for n in range(number)
    ]


@pytest.fixture
def storefront(home_page, news_index, cooperative, committed, search_index):
    with committed():
        products = grow(cooperative, 2)
    search_index.refresh()
    return products


def pages(products, news_index) -> dict[str, str]:
    product = products[0]
    return {
        "home": "/",
        "category": product.categories.get().get_absolute_url(),
        "search": reverse("search:search") + "?q=tra+xanh",
        "catalogue": reverse("catalogue:index"),
        "product": product.get_absolute_url(),
        "cooperatives": reverse("cooperatives:list"),
        "cooperative": product.cooperative.get_absolute_url(),
        "news": news_index.url,
    }


def test_storefront_pages_ask_few_queries_and_as_many_with_more_products(
    client, storefront, news_index, cooperative, committed, search_index
):
    before = {name: queries(client, url) for name, url in pages(storefront, news_index).items()}
    with committed():
        grow(cooperative, 6)
    search_index.refresh()
    after = {name: queries(client, url) for name, url in pages(storefront, news_index).items()}
    assert after == before
    assert all(count <= MAX_QUERIES for count in after.values()), after
