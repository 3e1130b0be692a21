"""Only sellable products can be bought: public, and offered by an approved cooperative."""

import pytest
from django.urls import reverse

from cooperatives.models import Cooperative
from shop.partner.strategy import Selector
from tests.factories import CooperativeFactory, ProductFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "status, buyable",
    [
        (Cooperative.Status.APPROVED, True),
        (Cooperative.Status.PENDING, False),
        (Cooperative.Status.SUSPENDED, False),
    ],
)
def test_only_products_of_approved_cooperatives_are_available(status, buyable):
    product = ProductFactory(cooperative=CooperativeFactory(status=status))
    info = Selector().strategy().fetch_for_product(product)
    assert info.availability.is_available_to_buy is buyable
    if not buyable:
        assert info.availability.code == "not-for-sale"


def test_a_hidden_product_is_not_available():
    product = ProductFactory(is_public=False)
    assert not Selector().strategy().fetch_for_product(product).availability.is_available_to_buy


def test_a_pending_cooperatives_product_is_not_on_the_storefront_nor_buyable(client):
    product = ProductFactory(cooperative=CooperativeFactory(status=Cooperative.Status.PENDING))
    assert client.get(product.get_absolute_url()).status_code == 404
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    assert client.get(reverse("basket:summary")).context["basket"].num_lines == 0


def test_the_basket_shows_who_sells_each_line(client):
    product = ProductFactory(cooperative=CooperativeFactory(name="HTX Chè Tân Cương"))
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    html = client.get(reverse("basket:summary")).content.decode()
    assert "Người bán" in html and "HTX Chè Tân Cương" in html


def test_a_stale_basket_line_is_flagged_in_the_basket(client):
    product = ProductFactory(title="Trà Shan tuyết")
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    product.cooperative.status = Cooperative.Status.SUSPENDED
    product.cooperative.save()
    html = client.get(reverse("basket:summary")).content.decode()
    assert "Ngừng bán" in html
    assert "không thể mua được nữa" in html
