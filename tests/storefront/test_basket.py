"""Putting a product in the basket through Oscar's form."""

import pytest
from django.urls import reverse

from tests.factories import ProductFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_adding_a_product_puts_it_in_the_basket(client):
    product = ProductFactory(title="Mật ong hoa cà phê")

    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 2})
    assert response.status_code == 302

    html = soup(client.get(reverse("basket:summary")))
    line = html.select_one(f'main a[href="{product.get_absolute_url()}"]')
    assert line
    assert html.select_one('main input[name="form-0-quantity"]')["value"] == "2"
    assert "250.000\xa0₫" in html.select_one("main").get_text()
