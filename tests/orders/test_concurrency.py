"""No overselling: 50 shoppers buy the last 10 units at the same moment, on PostgreSQL."""

import threading
import time
from collections import Counter

import pytest
from django.db import connection, transaction
from oscar.core.loading import get_class, get_model

from shop.order.exceptions import StockUnavailable
from shop.partner.strategy import Selector
from tests.factories import ProductFactory

from .conftest import HA_NOI, HA_NOI_COMMUNE

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
Order = get_model("order", "Order")
ShippingAddress = get_model("order", "ShippingAddress")
StockRecord = get_model("partner", "StockRecord")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Repository = get_class("shipping.repository", "Repository")

pytestmark = pytest.mark.django_db(transaction=True)

BUYERS = 50
UNITS = 10


def _basket_with(products) -> int:
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    for product in products:
        basket.add_product(product, 1)
    return basket.pk


def _place(basket_id: int, barrier: threading.Barrier) -> str:
    """One shopper placing an order, as the checkout does: allocation inside the transaction."""
    try:
        basket = Basket.objects.get(pk=basket_id)
        basket.strategy = Selector().strategy()
        address = ShippingAddress(
            first_name="Khách",
            line1="1 Tràng Tiền",
            province=HA_NOI,
            commune=HA_NOI_COMMUNE,
            country=Country.objects.get(iso_3166_1_a2="VN"),
            phone_number="+84912345678",
        )
        method = Repository().get_default_shipping_method(basket=basket, shipping_addr=address)
        charge = method.calculate(basket)
        total = OrderTotalCalculator().calculate(basket, charge)
        barrier.wait()
        try:
            with transaction.atomic():
                address.save()
                OrderCreator().place_order(
                    basket=basket,
                    total=total,
                    shipping_method=method,
                    shipping_charge=charge,
                    shipping_address=address,
                    order_number=str(100000 + basket.pk),
                )
            return "ordered"
        except StockUnavailable:
            return "sold out"
    except Exception as error:  # a deadlock or anything else fails the test below
        return f"error: {type(error).__name__}: {error}"
    finally:
        connection.close()


def _buy_all_at_once(basket_ids) -> tuple[Counter, float]:
    barrier = threading.Barrier(len(basket_ids))
    results = [None] * len(basket_ids)

    def run(index, basket_id):
        results[index] = _place(basket_id, barrier)

    threads = [threading.Thread(target=run, args=item) for item in enumerate(basket_ids)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Counter(results), time.perf_counter() - started


def test_fifty_buyers_of_the_last_ten_units_make_exactly_ten_orders():
    product = ProductFactory(stockrecord__num_in_stock=UNITS)
    basket_ids = [_basket_with([product]) for _ in range(BUYERS)]

    outcome, seconds = _buy_all_at_once(basket_ids)

    print(f"\n{BUYERS} buyers, {UNITS} units: {dict(outcome)} in {seconds:.2f} s")
    assert outcome == Counter({"ordered": UNITS, "sold out": BUYERS - UNITS})
    stock = StockRecord.objects.get(product=product)
    assert stock.num_allocated == UNITS
    assert stock.net_stock_level == 0
    assert Order.objects.count() == UNITS
    assert all(order.parts.count() == 1 for order in Order.objects.all())


def test_baskets_locking_the_same_two_records_in_opposite_order_never_deadlock():
    first, second = (
        ProductFactory(stockrecord__num_in_stock=UNITS),
        ProductFactory(stockrecord__num_in_stock=UNITS),
    )
    basket_ids = [
        _basket_with([first, second] if n % 2 else [second, first]) for n in range(2 * UNITS)
    ]

    outcome, seconds = _buy_all_at_once(basket_ids)

    print(f"\n{2 * UNITS} crossed baskets: {dict(outcome)} in {seconds:.2f} s")
    assert outcome == Counter({"ordered": UNITS, "sold out": UNITS})
    for product in (first, second):
        assert StockRecord.objects.get(product=product).net_stock_level == 0
