"""Helpers for the order tests: two cooperatives with a product each, and a guest checkout."""

from decimal import Decimal

import pytest
from django.urls import reverse

from cooperatives.services import cooperative_add_seller
from places.selectors import commune_choices
from tests.factories import (
    HA_NOI,
    CooperativeFactory,
    ProductFactory,
    UserFactory,
    country_vietnam,
)
from tests.html import soup

HA_NOI_COMMUNE = commune_choices(province_code=HA_NOI)[0][0]


def address_data(**overrides) -> dict:
    data = {
        "first_name": "Trần Thị Bình",
        "phone_number": "0912 345 678",
        "province": str(HA_NOI),
        "commune": str(HA_NOI_COMMUNE),
        "line1": "Số 12 ngõ 34 phố Huế",
        "notes": "Gọi trước khi giao",
    }
    data.update(overrides)
    return data


def basket_add(client, product, quantity: int = 1):
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})
    assert response.status_code == 302
    return response


def checkout_to_preview(client, *, email: str | None = "khach@example.com", **address):
    """Walks a guest (or the signed-in client when email is None) to the preview page."""
    if email:
        response = client.post(
            reverse("checkout:index"), {"username": email, "options": "anonymous"}
        )
        assert response.status_code == 302, response.content
    response = client.post(reverse("checkout:shipping-address"), address_data(**address))
    assert response.status_code == 302, soup(response).select(
        ".alert, .error-block, .invalid-feedback"
    )
    response = client.get(reverse("checkout:shipping-method"))
    assert response.status_code == 302
    response = client.post(
        reverse("checkout:payment-method"), {"method": "cod", "privacy_consent": "on"}
    )
    assert response.status_code == 302
    return client.get(reverse("checkout:preview"))


def place_order(client):
    return client.post(reverse("checkout:preview"), {"action": "place_order"})


@pytest.fixture(autouse=True)
def _vietnam(django_db_blocker):
    with django_db_blocker.unblock():
        country_vietnam()


@pytest.fixture
def two_cooperatives():
    """Two approved cooperatives in Đắk Lắk with a seller and a product each."""
    result = {}
    for key, name, price in (
        ("a", "HTX Cà phê Ea Tu", Decimal("125000")),
        ("b", "HTX Mật ong Krông Pắc", Decimal("90000")),
    ):
        cooperative = CooperativeFactory(name=name)
        seller = UserFactory(email=f"seller-{key}@example.com")
        cooperative_add_seller(cooperative=cooperative, user=seller)
        product = ProductFactory(
            cooperative=cooperative, title=f"Sản phẩm của {name}", stockrecord__price=price
        )
        result[key] = {"cooperative": cooperative, "seller": seller, "product": product}
    return result
