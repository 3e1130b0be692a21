"""The seller's start page, stock alerts and cooperative profile."""

import pytest
from django.urls import reverse
from oscar.apps.partner.models import StockAlert
from oscar.test.factories import create_basket, create_order

from cooperatives.models import Cooperative

pytestmark = pytest.mark.django_db


def test_the_start_page_shows_todays_orders_and_low_stock_of_its_own_cooperative(client, world):
    basket = create_basket(empty=True)
    basket.add_product(world["product_a"])
    basket.add_product(world["product_b"])
    order = create_order(basket=basket)
    stockrecord = world["product_a"].stockrecords.get()
    stockrecord.num_in_stock, stockrecord.low_stock_threshold = 2, 5
    stockrecord.save()
    client.force_login(world["seller_a"])
    page = client.get(reverse("dashboard:index"))
    assert page.status_code == 200
    body = page.content.decode()
    assert str(order.number) in body
    assert "Cà phê A" in body
    assert "Chè B" not in body
    orders = page.context["orders_today"]
    assert orders[0].cooperative_lines == 1


def test_stock_alerts_open_for_a_seller_with_its_own_alerts_only(client, world):
    for product in (world["product_a"], world["product_b"]):
        StockAlert.objects.create(stockrecord=product.stockrecords.get(), threshold=5)
    client.force_login(world["seller_a"])
    response = client.get(reverse("dashboard:stock-alert-list"))
    assert response.status_code == 200
    alerts = list(response.context["alerts"])
    assert [alert.stockrecord.product for alert in alerts] == [world["product_a"]]


def test_the_seller_edits_its_profile_but_not_its_status(client, world):
    client.force_login(world["seller_a"])
    url = reverse("dashboard:seller-profile")
    page = client.get(url)
    assert page.status_code == 200 and 'name="status"' not in page.content.decode()
    response = client.post(
        url,
        {
            "description": "Hợp tác xã trồng cà phê sạch.",
            "street_address": "5 Nguyễn Tất Thành",
            "province": world["coop_a"].province,
            "commune": world["coop_a"].commune,
            "representative": "Lê Văn Cường",
            "phone": "0912 345 678",
            "email": "htx-a@example.vn",
            "status": "approved",
        },
    )
    assert response.status_code == 302
    cooperative = Cooperative.objects.get(pk=world["coop_a"].pk)
    assert cooperative.representative == "Lê Văn Cường"
    assert cooperative.phone == "+84912345678"


def test_a_user_without_a_cooperative_is_offered_the_application(client, world):
    client.force_login(world["shopper"])
    assert client.get(reverse("dashboard:seller-profile")).status_code in {302, 403}
    home = client.get(reverse("cooperatives:list")).content.decode()
    assert reverse("cooperatives:apply") in home


def test_the_product_list_shows_each_listings_review(client, world):
    from listings.models import ListingRevision

    ListingRevision.objects.create(
        product=world["product_a"], cooperative=world["coop_a"], data={"title": "x"}
    )
    client.force_login(world["seller_a"])
    page = client.get(reverse("dashboard:catalogue-product-list")).content.decode()
    assert "Chờ duyệt" in page
