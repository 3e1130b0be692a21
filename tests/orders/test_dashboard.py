"""The sellers' side: each cooperative sees and moves only its own part; staff see all."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from cooperatives.models import StaffProvince
from tests.factories import UserFactory
from tests.html import soup

from .conftest import basket_add, checkout_to_preview, place_order

Order = get_model("order", "Order")
OrderPart = get_model("order", "OrderPart")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


@pytest.fixture
def order(client, two_cooperatives):
    basket_add(client, two_cooperatives["a"]["product"], 2)
    basket_add(client, two_cooperatives["b"]["product"], 1)
    checkout_to_preview(client)
    place_order(client)
    client.logout()
    return Order.objects.get()


def part_of(order, cooperative):
    return order.parts.get(partner=cooperative.partner)


def test_seller_sees_only_its_own_part_in_list_and_detail(client, order, two_cooperatives):
    a, b = two_cooperatives["a"], two_cooperatives["b"]
    client.force_login(a["seller"])

    listing = soup(client.get(reverse("dashboard:order-list"))).select_one("main, body")
    text = listing.get_text(" ")
    assert order.number in text
    assert "310.000" not in text  # the whole order's goods (a's 250.000 + b's 90.000) minus…
    assert "280.000" in text  # a's part: 2 × 125.000 + 30.000 shipping

    detail = client.get(reverse("dashboard:order-detail", kwargs={"number": order.number}))
    assert detail.status_code == 200
    text = soup(detail).get_text(" ")
    assert a["product"].title in text
    assert b["product"].title not in text
    assert "Số 12 ngõ 34 phố Huế" in text
    assert f"{order.total_incl_tax:,.0f}".replace(",", ".") not in text


@pytest.mark.parametrize(
    "url_name",
    [
        "order-detail",
        "order-detail-note",
        "order-line-detail",
        "order-shipping-address",
        "order-part",
        "order-stats",
    ],
)
def test_seller_of_a_cannot_open_b_s_part_lines_address_or_totals(
    client, order, two_cooperatives, url_name
):
    a, b = two_cooperatives["a"], two_cooperatives["b"]
    b_part = part_of(order, b["cooperative"])
    b_line = order.lines.get(partner=b["cooperative"].partner)
    kwargs = {
        "order-detail": {"number": order.number},
        "order-detail-note": {"number": order.number, "note_id": 1},
        "order-stats": {},
        "order-line-detail": {"number": order.number, "line_id": b_line.pk},
        "order-shipping-address": {"number": order.number},
        "order-part": {"number": order.number, "pk": b_part.pk},
    }[url_name]
    url = reverse(f"dashboard:{url_name}", kwargs=kwargs)

    client.force_login(a["seller"])
    response = client.get(url)
    if url_name == "order-detail":  # a's own part of the order, nothing of b's
        assert b["product"].title not in response.content.decode()
    else:
        assert response.status_code == 404

    client.force_login(UserFactory(email="other-shopper@example.com"))
    assert client.get(url).status_code in (302, 403, 404)
    if client.get(url).status_code == 302:
        assert "/login/" in client.get(url)["Location"]

    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_seller_moves_its_part_to_delivered_and_stock_is_consumed(
    client, order, two_cooperatives, django_capture_on_commit_callbacks, mailoutbox
):
    a = two_cooperatives["a"]
    part = part_of(order, a["cooperative"])
    stock = StockRecord.objects.get(product=a["product"])
    assert (stock.num_in_stock, stock.num_allocated) == (50, 2)
    client.force_login(a["seller"])
    url = reverse("dashboard:order-part", kwargs={"number": order.number, "pk": part.pk})

    with django_capture_on_commit_callbacks(execute=True):
        for status in ("confirmed", "shipping", "delivered"):
            response = client.post(url, {"action": "status", "status": status})
            assert response.status_code == 302
    part.refresh_from_db()
    stock.refresh_from_db()
    assert part.status == "delivered"
    assert (stock.num_in_stock, stock.num_allocated) == (48, 0)
    assert [e.status for e in part.events.all()] == [
        "pending",
        "confirmed",
        "shipping",
        "delivered",
    ]
    assert len([m for m in mailoutbox if m.to == ["khach@example.com"]]) == 3
    order.refresh_from_db()
    assert order.status == "processing"  # b's part is still waiting

    response = client.post(url, {"action": "cod", "amount": "280000"})
    part.refresh_from_db()
    assert part.cod_received == 280000
    assert order.sources.get().amount_debited == 0  # COD cash is not platform money


def test_cancelling_needs_a_reason_and_releases_the_stock(client, order, two_cooperatives):
    b = two_cooperatives["b"]
    part = part_of(order, b["cooperative"])
    client.force_login(b["seller"])
    url = reverse("dashboard:order-part", kwargs={"number": order.number, "pk": part.pk})

    client.post(url, {"action": "status", "status": "cancelled", "reason": ""})
    part.refresh_from_db()
    assert part.status == "pending"

    client.post(url, {"action": "status", "status": "cancelled", "reason": "Hết hàng mùa này"})
    part.refresh_from_db()
    assert (part.status, part.cancel_reason) == ("cancelled", "Hết hàng mùa này")
    assert StockRecord.objects.get(product=b["product"]).num_allocated == 0


def test_a_delivered_part_cannot_go_back(client, order, two_cooperatives):
    a = two_cooperatives["a"]
    part = part_of(order, a["cooperative"])
    client.force_login(a["seller"])
    url = reverse("dashboard:order-part", kwargs={"number": order.number, "pk": part.pk})
    client.post(url, {"action": "status", "status": "delivered"})
    part.refresh_from_db()
    assert part.status == "pending"


def test_province_staff_see_every_part_of_their_provinces_orders(client, order, two_cooperatives):
    staff = UserFactory(is_staff=True)
    StaffProvince.objects.create(user=staff, province=two_cooperatives["a"]["cooperative"].province)
    client.force_login(staff)
    response = client.get(reverse("dashboard:order-detail", kwargs={"number": order.number}))
    assert response.status_code == 200
    text = soup(response).get_text(" ")
    assert two_cooperatives["a"]["cooperative"].name in text
    assert two_cooperatives["b"]["cooperative"].name in text


def test_seller_edits_its_shipping_rate(client, two_cooperatives):
    a = two_cooperatives["a"]
    client.force_login(a["seller"])
    url = reverse("dashboard:order-shipping-rate")
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "flat_fee": "25000",
            "free_shipping_threshold": "300000",
            "inner_region_fee": "15000",
            "outer_region_fee": "",
        },
    )
    assert response.status_code == 302
    rate = a["cooperative"].partner.shipping_rate
    assert (rate.flat_fee, rate.free_shipping_threshold, rate.inner_region_fee) == (
        25000,
        300000,
        15000,
    )


def test_seller_dashboard_home_counts_only_its_own_revenue(client, order, two_cooperatives):
    client.force_login(two_cooperatives["b"]["seller"])
    response = client.get(reverse("dashboard:index"))
    assert response.status_code == 200
    assert response.context["total_revenue"] == 90000 + 30000
    assert response.context["total_revenue_last_day"] == 120000
    text = soup(response).get_text(" ")
    assert f"{order.total_incl_tax:,.0f}".replace(",", ".") not in text
