"""What a cooperative charges for its part: flat fee, own-province and other-province fees, free
from a threshold."""

from decimal import Decimal

import pytest

from shop.shipping.models import CooperativeShippingRate
from shop.shipping.selectors import shipping_fee, shipping_rate_for
from tests.factories import DAK_LAK, HA_NOI, CooperativeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rate():
    cooperative = CooperativeFactory(province=DAK_LAK)
    return CooperativeShippingRate.objects.create(
        partner=cooperative.partner,
        flat_fee=Decimal("30000"),
        inner_region_fee=Decimal("15000"),
        outer_region_fee=Decimal("45000"),
        free_shipping_threshold=Decimal("500000"),
    )


@pytest.mark.parametrize(
    "goods, province, fee",
    [
        ("100000", DAK_LAK, "15000"),
        ("100000", HA_NOI, "45000"),
        ("100000", None, "30000"),
        ("500000", HA_NOI, "0"),
    ],
)
def test_fee_by_province_and_threshold(rate, goods, province, fee):
    assert shipping_fee(rate=rate, goods_total=Decimal(goods), province=province) == Decimal(fee)


def test_without_region_fees_the_flat_fee_applies_everywhere(rate):
    rate.inner_region_fee = rate.outer_region_fee = None
    for province in (DAK_LAK, HA_NOI):
        assert shipping_fee(rate=rate, goods_total=Decimal("1"), province=province) == 30000


def test_a_cooperative_without_a_rate_charges_the_default_flat_fee():
    partner = CooperativeFactory().partner
    rate = shipping_rate_for(partner=partner)
    assert rate.pk is None and rate.flat_fee == Decimal("30000")
