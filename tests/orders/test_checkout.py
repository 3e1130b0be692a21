"""A guest checks out a basket from two cooperatives and pays on delivery."""

import pytest
from django.core import mail
from django.urls import reverse
from oscar.core.loading import get_model

from tests.html import soup

from .conftest import basket_add, checkout_to_preview, place_order

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db


def test_guest_checkout_with_cod_places_one_order_with_a_part_per_cooperative(
    client, two_cooperatives, django_capture_on_commit_callbacks
):
    basket_add(client, two_cooperatives["a"]["product"], 2)
    basket_add(client, two_cooperatives["b"]["product"], 1)

    preview = checkout_to_preview(client)
    assert preview.status_code == 200
    text = soup(preview).select_one("main").get_text(" ")
    assert "HTX Cà phê Ea Tu" in text and "HTX Mật ong Krông Pắc" in text

    with django_capture_on_commit_callbacks(execute=True):
        response = place_order(client)
    assert response.status_code == 302, soup(response).select(".alert")
    assert response["Location"] == reverse("checkout:thank-you")

    order = Order.objects.get()
    assert order.guest_email == "khach@example.com"
    assert order.parts.count() == 2
    assert order.shipping_address.phone_number == "+84912345678"
    assert order.sources.get().source_type.code == "cod"
    assert order.total_incl_tax == 2 * 125000 + 90000 + 2 * 30000
    to_shopper = [m for m in mail.outbox if m.to == ["khach@example.com"]]
    assert len(to_shopper) == 1
    assert order.number in to_shopper[0].subject
    to_a = [m for m in mail.outbox if m.to == ["seller-a@example.com"]]
    assert len(to_a) == 1
    assert "Sản phẩm của HTX Cà phê Ea Tu" in to_a[0].body
    assert "Mật ong" not in to_a[0].body
    assert "Số 12 ngõ 34 phố Huế" in to_a[0].body

    thank_you = soup(client.get(reverse("checkout:thank-you"))).select_one("main").get_text(" ")
    assert order.number in thank_you
    assert "HTX Mật ong Krông Pắc" in thank_you
