"""Reads about shipping: each cooperative's rate and what it charges for a basket."""

from dataclasses import dataclass, field
from decimal import Decimal

from oscar.core.loading import get_model

from .models import CooperativeShippingRate

Partner = get_model("partner", "Partner")

ZERO = Decimal("0")


def shipping_rate_for(*, partner) -> CooperativeShippingRate:
    """The partner's rate; an unsaved default (the flat fee only) when it has none yet."""
    try:
        return partner.shipping_rate
    except CooperativeShippingRate.DoesNotExist:
        return CooperativeShippingRate(partner=partner)


def shipping_fee(
    *, rate: CooperativeShippingRate, goods_total: Decimal, province: int | None
) -> Decimal:
    """The fee for one cooperative's goods delivered to a province (None: not chosen yet, the
    flat fee is the estimate)."""
    threshold = rate.free_shipping_threshold
    if threshold is not None and goods_total >= threshold:
        return ZERO
    if province is not None:
        cooperative = getattr(rate.partner, "cooperative", None)
        if cooperative is not None and province == cooperative.province:
            if rate.inner_region_fee is not None:
                return rate.inner_region_fee
        elif rate.outer_region_fee is not None:
            return rate.outer_region_fee
    return rate.flat_fee


@dataclass
class BasketGroup:
    """The lines of one cooperative in a basket, with what its part will cost."""

    partner: Partner
    lines: list = field(default_factory=list)
    goods_total: Decimal = ZERO
    shipping_fee: Decimal = ZERO
    free_shipping_threshold: Decimal | None = None

    @property
    def cooperative(self):
        return getattr(self.partner, "cooperative", None)

    @property
    def total(self) -> Decimal:
        return self.goods_total + self.shipping_fee

    @property
    def missing_for_free_shipping(self) -> Decimal | None:
        """How much more the shopper would buy from this cooperative to ship free."""
        if self.free_shipping_threshold is None or self.shipping_fee == ZERO:
            return None
        return self.free_shipping_threshold - self.goods_total


def basket_groups(*, basket, province: int | None = None) -> list[BasketGroup]:
    """The basket's lines grouped by the cooperative selling them, in basket order (each line's
    partner, cooperative and rate come with the lines: shop.basket.models.Basket.all_lines)."""
    lines = [line for line in basket.all_lines() if line.stockrecord_id]
    groups: dict[int, BasketGroup] = {}
    for line in lines:
        partner = line.stockrecord.partner
        group = groups.setdefault(partner.pk, BasketGroup(partner=partner))
        group.lines.append(line)
        group.goods_total += line.line_price_incl_tax_incl_discounts or ZERO
    for group in groups.values():
        rate = shipping_rate_for(partner=group.partner)
        group.free_shipping_threshold = rate.free_shipping_threshold
        group.shipping_fee = shipping_fee(
            rate=rate, goods_total=group.goods_total, province=province
        )
    return list(groups.values())
