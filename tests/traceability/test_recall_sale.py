"""A product whose every lot is recalled cannot be bought anywhere (the strategy says so), and can
again once a lot that is not recalled is recorded."""

import datetime

from django.urls import reverse
from oscar.core.loading import get_class

from traceability import services

Selector = get_class("partner.strategy", "Selector")


def buyable(product) -> bool:
    return Selector().strategy().fetch_for_product(product).availability.is_available_to_buy


def test_a_product_whose_lots_are_all_recalled_cannot_be_bought(client, product, lot, seller):
    assert buyable(product)
    services.lot_recall(lot=lot, reason="Dư lượng thuốc vượt ngưỡng", recalled_by=seller)

    assert not buyable(product)
    response = client.get(product.get_absolute_url())
    assert "Đã thu hồi" in response.content.decode()
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    assert client.get(reverse("basket:summary")).context["basket"].num_lines == 0

    services.lot_create(product=product, code="LUA-2025-02", produced_on=datetime.date(2025, 11, 1))
    assert buyable(product)
