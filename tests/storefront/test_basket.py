"""Putting a product in the basket through Oscar's form."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
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


def statements(client, method: str, url: str, data=None) -> int:
    """SQL statements of one request, savepoints (the request's transaction) left out."""
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data)
    assert response.status_code in (200, 302)
    return sum(1 for q in captured if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT")))


def test_the_basket_asks_as_many_queries_for_three_cooperatives_lines_as_for_one(client):
    """Each line comes with its product, cooperative, stock record, partner and shipping rate
    (shop.basket.models.Basket.all_lines): nothing is asked per line, to show the basket or to
    add to it."""
    first, second, third, fourth = [ProductFactory(title=f"Đặc sản số {n}") for n in range(4)]
    add = [reverse("basket:add", kwargs={"pk": product.pk}) for product in (first, second, third)]
    client.post(add[0], {"quantity": 1})
    client.get(reverse("basket:summary"))  # fills the caches (menu, footer, settings)
    one_line = statements(client, "get", reverse("basket:summary"))
    adding_to_one_line = statements(client, "post", add[1], {"quantity": 1})
    client.post(add[2], {"quantity": 1})
    three_lines = statements(client, "get", reverse("basket:summary"))
    adding_to_three_lines = statements(
        client, "post", reverse("basket:add", kwargs={"pk": fourth.pk}), {"quantity": 1}
    )
    assert len(soup(client.get(reverse("basket:summary"))).select("main .coop-group")) == 4
    assert three_lines == one_line <= 10
    assert adding_to_three_lines == adding_to_one_line
