"""Fixtures of the browser journeys."""

from decimal import Decimal

import pytest

from cooperatives.services import cooperative_add_seller
from tests.factories import (
    CooperativeFactory,
    ProductFactory,
    UserFactory,
    country_vietnam,
    site_home_create,
)
from tests.search.conftest import (  # noqa: F401 (fixtures of the journeys that search)
    _patient_client,
    search_index,
    search_indexes,
)

PASSWORD = "mat-khau-nguoi-ban-2025"


@pytest.fixture
def market():
    country_vietnam()
    site_home_create(title="Chợ HTX", slug="cho-htx", hero_title="Đặc sản hợp tác xã")
    shops = []
    for name, title, price in (
        ("HTX Cà phê Ea Tu", "Cà phê Robusta rang xay", Decimal("125000")),
        ("HTX Mật ong Krông Pắc", "Mật ong hoa cà phê", Decimal("90000")),
    ):
        cooperative = CooperativeFactory(name=name)
        seller = UserFactory(email=f"ban-{cooperative.slug}@example.com")
        seller.set_password(PASSWORD)
        seller.save()
        cooperative_add_seller(cooperative=cooperative, user=seller)
        product = ProductFactory(title=title, cooperative=cooperative, stockrecord__price=price)
        shops.append(
            {
                "name": name,
                "seller": seller.email,
                "url": product.get_absolute_url(),
                "product": product,
            }
        )
    return shops


@pytest.fixture
def indexed_market(search_index, market):  # noqa: F811 (the imported fixture)
    """The market, searchable: the transactional test committed its products, so they are indexed;
    a refresh makes them visible."""
    search_index.refresh()
    return market
