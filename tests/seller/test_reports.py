"""Province reports: a few aggregate queries whatever the number of orders, and only the staff
member's provinces."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from oscar.test.factories import create_basket, create_order

from shop.dashboard.province.selectors import report_build
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

REPORT_QUERIES = 7  # the staff member's provinces, four groupings, new cooperatives, listings


def order_for(*products):
    basket = create_basket(empty=True)
    for product in products:
        basket.add_product(product)
    return create_order(basket=basket)


def period():
    today = timezone.localdate()
    return today - datetime.timedelta(days=7), today


def test_the_report_counts_sales_per_cooperative_province_tier_and_category(world):
    order_for(world["product_a"], world["product_b"])
    order_for(world["product_a"])
    start, end = period()
    report = report_build(user=world["staff_a"], start=start, end=end)
    assert [(row["name"], row["orders"]) for row in report["by_cooperative"]] == [
        ("HTX A Đắk Lắk", 2)
    ]
    assert report["by_cooperative"][0]["sales"] == 250000
    assert [row["name"] for row in report["by_province"]] == ["Đắk Lắk"]
    assert [row["name"] for row in report["by_ocop"]] == ["OCOP 4 sao"]
    assert report["totals"]["orders"] == 2


def test_the_report_runs_a_fixed_number_of_queries(world):
    start, end = period()
    for count in (1, 6):
        for _ in range(count):
            order_for(ProductFactory(cooperative=world["coop_a"]), world["product_a"])
        with CaptureQueriesContext(connection) as queries:
            report_build(user=world["staff_a"], start=start, end=end)
        assert len(queries) == REPORT_QUERIES


def test_the_report_page_draws_a_chart_and_exports_csv(client, world):
    order_for(world["product_a"])
    client.force_login(world["staff_a"])
    page = client.get(reverse("dashboard:province-report")).content.decode()
    assert "<svg" in page and "HTX A Đắk Lắk" in page
    start, end = period()
    export = client.get(
        reverse("dashboard:province-report"),
        {"start": start.isoformat(), "end": end.isoformat(), "format": "csv"},
    )
    assert export["Content-Type"].startswith("text/csv")
    text = export.content.decode("utf-8-sig")
    assert "HTX A Đắk Lắk,125000" in text and "HTX B" not in text


def test_the_chart_escapes_labels():
    from shop.dashboard.province.charts import bar_chart_svg

    svg = bar_chart_svg(rows=[("<script>x</script>", 10)], title="t")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
