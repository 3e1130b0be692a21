"""A parent product is sold as its variants: its document carries their prices and availability,
and the database fallback filters and sorts it by the same prices."""

from decimal import Decimal

import pytest
from django.urls import reverse

from catalogue.models import Product
from tests.factories import ProductFactory
from tests.html import card_titles


@pytest.fixture
def tea(search_index, committed):
    """A tea sold in two sizes, 80.000 ₫ and 150.000 ₫, beside a plain 120.000 ₫ coffee."""
    with committed():
        parent = ProductFactory(title="Trà Shan tuyết", structure=Product.PARENT, stockrecord=False)
        for title, price in (("Gói 100 g", "80000"), ("Hộp 250 g", "150000")):
            ProductFactory(
                title=title,
                structure=Product.CHILD,
                parent=parent,
                cooperative=parent.cooperative,
                categories=[],
                stockrecord__price=Decimal(price),
            )
        ProductFactory(title="Cà phê Robusta", stockrecord__price=Decimal("120000"))
    search_index.refresh()
    return parent


def result_titles(client, query: str) -> list[str]:
    response = client.get(reverse("search:search") + query)
    assert response.status_code == 200
    return card_titles(response)


def test_a_parent_is_indexed_with_its_variants_prices_and_availability(tea, search_index):
    document = search_index.document(tea.pk)

    assert document["price"] == [80000.0, 150000.0]
    assert document["is_available"] is True


def test_a_parent_without_a_variant_in_stock_is_unavailable(tea, search_index, committed):
    with committed():
        for variant in tea.children.all():
            variant.stockrecords.update(num_in_stock=0)
            variant.save()

    document = search_index.document(tea.pk)
    assert document["is_available"] is False
    assert document["price"] == [80000.0, 150000.0]


@pytest.mark.parametrize("search_enabled", [True, False], ids=["elasticsearch", "fallback"])
def test_price_filters_and_sorts_see_a_parents_variants(tea, client, settings, search_enabled):
    settings.SEARCH_ENABLED = search_enabled

    assert "Trà Shan tuyết" in result_titles(client, "?price=0-100000")
    assert "Trà Shan tuyết" in result_titles(client, "?price=100000-200000")
    assert "Trà Shan tuyết" not in result_titles(client, "?price=200000-500000")
    cheapest_first = result_titles(client, "?sort=price-asc")
    dearest_first = result_titles(client, "?sort=price-desc")
    assert cheapest_first.index("Trà Shan tuyết") < cheapest_first.index("Cà phê Robusta")
    assert dearest_first.index("Trà Shan tuyết") < dearest_first.index("Cà phê Robusta")
