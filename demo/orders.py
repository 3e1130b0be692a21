"""Demo shipping rates: what each demo cooperative charges to deliver its part of an order."""

from decimal import Decimal

from cooperatives.models import Cooperative
from shop.shipping.models import CooperativeShippingRate

FLAT_FEES = (Decimal("30000"), Decimal("25000"), Decimal("35000"))
INNER_REGION_FEE = Decimal("15000")
FREE_SHIPPING_THRESHOLD = Decimal("500000")


def demo_shipping_rates_load(*, cooperatives: dict[str, Cooperative]) -> int:
    """One rate per demo cooperative (a flat fee, a cheaper fee within its own province, free
    from 500.000 ₫); rates a seller has since edited are left as they are."""
    for index, cooperative in enumerate(sorted(cooperatives.values(), key=lambda c: c.slug)):
        CooperativeShippingRate.objects.get_or_create(
            partner_id=cooperative.partner_id,
            defaults={
                "flat_fee": FLAT_FEES[index % len(FLAT_FEES)],
                "inner_region_fee": INNER_REGION_FEE,
                "free_shipping_threshold": FREE_SHIPPING_THRESHOLD,
            },
        )
    return len(cooperatives)
