"""What a shopper meets: the Vietnamese address form, bad input, stale baskets, the order pages."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from cooperatives.services import cooperative_suspend
from places.selectors import commune_choices
from tests.factories import DAK_LAK, ProductFactory, UserFactory
from tests.html import soup

from .conftest import address_data, basket_add, checkout_to_preview, place_order

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
UserAddress = get_model("address", "UserAddress")

pytestmark = pytest.mark.django_db


def start_guest_checkout(client, product):
    basket_add(client, product)
    client.post(
        reverse("checkout:index"), {"username": "khach@example.com", "options": "anonymous"}
    )


def test_address_form_offers_vietnam_only_and_no_country_field(client):
    start_guest_checkout(client, ProductFactory())
    html = soup(client.get(reverse("checkout:shipping-address")))
    form = html.select_one("#new_shipping_address")
    assert not form.select('[name="country"]')
    assert form.select_one('select[name="province"]')
    assert form.select_one('button[name="refresh_communes"]')


@pytest.mark.parametrize("phone", ["0912345678", "+84 912 345 678", "84912345678"])
def test_phone_in_any_vietnamese_form_is_stored_as_plus_84(client, phone):
    start_guest_checkout(client, ProductFactory())
    checkout_to_preview(client, email=None, phone_number=phone)
    place_order(client)
    assert str(Order.objects.get().shipping_address.phone_number) == "+84912345678"


def test_bad_phone_gets_a_vietnamese_message_and_writes_nothing(client):
    start_guest_checkout(client, ProductFactory())
    response = client.post(reverse("checkout:shipping-address"), address_data(phone_number="12345"))
    assert response.status_code == 200
    assert "Số điện thoại không hợp lệ" in response.content.decode()
    assert not client.session.get("checkout_data", {}).get("shipping")


def test_commune_outside_the_province_is_refused(client):
    start_guest_checkout(client, ProductFactory())
    dak_lak_commune = commune_choices(province_code=DAK_LAK)[0][0]
    response = client.post(
        reverse("checkout:shipping-address"), address_data(commune=str(dak_lak_commune))
    )
    assert response.status_code == 200
    assert client.get(reverse("checkout:preview")).status_code == 302


def test_without_javascript_the_refresh_button_lists_the_province_s_communes(client):
    start_guest_checkout(client, ProductFactory())
    response = client.post(
        reverse("checkout:shipping-address"),
        {"province": str(DAK_LAK), "first_name": "Bình", "refresh_communes": "1"},
    )
    assert response.status_code == 200
    html = soup(response)
    options = [o["value"] for o in html.select('select[name="commune"] option') if o["value"]]
    assert options == [str(code) for code, _ in commune_choices(province_code=DAK_LAK)]
    assert html.select_one('input[name="first_name"]')["value"] == "Bình"
    assert not html.select(".invalid-feedback, .error-block")


def test_empty_basket_cannot_check_out(client):
    response = client.get(reverse("checkout:shipping-address"))
    assert response.status_code == 302
    assert Order.objects.count() == 0


def test_quantity_over_stock_is_refused_in_the_basket(client):
    product = ProductFactory(stockrecord__num_in_stock=3)
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 5})
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 0


def test_stock_gone_between_basket_and_payment_sends_the_shopper_back_with_a_message(client):
    product = ProductFactory(stockrecord__num_in_stock=2)
    basket_add(client, product, 2)
    checkout_to_preview(client)
    StockRecord.objects.filter(product=product).update(num_allocated=1)

    response = place_order(client)

    assert response.status_code == 302
    assert response["Location"] == reverse("basket:summary")
    assert Order.objects.count() == 0
    basket_page = client.get(reverse("basket:summary"))
    shown = " ".join(str(m) for m in basket_page.context["messages"])
    assert f"“{product.title}” hiện không mua được" in shown
    assert basket_page.context["basket"].num_items == 2  # the basket is back, as it was
    assert StockRecord.objects.get(product=product).num_allocated == 1


def test_product_of_a_suspended_cooperative_cannot_be_bought(client):
    product = ProductFactory()
    cooperative_suspend(cooperative=product.cooperative, suspended_by=None, reason="Hồ sơ hết hạn")
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 0
    page = client.get(product.get_absolute_url())
    assert f'action="{reverse("basket:add", kwargs={"pk": product.pk})}"' not in (
        page.content.decode()
    )


def test_stale_basket_line_stops_checkout_with_a_clear_message(client):
    product = ProductFactory(title="Mật ong rừng U Minh")
    basket_add(client, product)
    cooperative_suspend(cooperative=product.cooperative, suspended_by=None, reason="Hồ sơ hết hạn")

    response = client.get(reverse("checkout:index"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("basket:summary")
    assert "Mật ong rừng U Minh" in " ".join(str(m) for m in response.context["messages"])


def test_signed_in_shopper_gets_an_address_book_entry_and_an_order_page(client, two_cooperatives):
    shopper = UserFactory(email="binh@example.com")
    client.force_login(shopper)
    basket_add(client, two_cooperatives["a"]["product"])
    checkout_to_preview(client, email=None)
    place_order(client)
    order = Order.objects.get()
    assert order.user == shopper
    address = UserAddress.objects.get(user=shopper)
    assert (address.province, address.line4) == (
        order.shipping_address.province,
        "Thành phố Hà Nội",
    )

    page = soup(client.get(reverse("customer:order", kwargs={"order_number": order.number})))
    text = page.select_one("main").get_text(" ")
    assert two_cooperatives["a"]["cooperative"].name in text
    assert "Chưa thanh toán" in text

    history = client.get(reverse("customer:order-list"))
    assert order.number in history.content.decode()


def test_shopper_cancels_an_unconfirmed_part_but_not_a_confirmed_one(client, two_cooperatives):
    shopper = UserFactory(email="binh@example.com")
    client.force_login(shopper)
    basket_add(client, two_cooperatives["a"]["product"])
    basket_add(client, two_cooperatives["b"]["product"])
    checkout_to_preview(client, email=None)
    place_order(client)
    order = Order.objects.get()
    part_a = order.parts.get(partner=two_cooperatives["a"]["cooperative"].partner)
    part_b = order.parts.get(partner=two_cooperatives["b"]["cooperative"].partner)
    from shop.order.services import order_part_status_set

    order_part_status_set(part=part_b, status="confirmed")
    url = reverse("orders:part-cancel", kwargs={"number": order.number})

    client.post(url, {"part": part_a.pk, "reason": "Đặt nhầm"})
    client.post(url, {"part": part_b.pk})

    part_a.refresh_from_db()
    part_b.refresh_from_db()
    assert (part_a.status, part_a.cancel_reason) == ("cancelled", "Đặt nhầm")
    assert part_b.status == "confirmed"

    client.force_login(UserFactory(email="other@example.com"))
    assert client.post(url, {"part": part_b.pk}).status_code == 404


def test_guest_finds_the_order_by_number_and_email_only(client, two_cooperatives):
    basket_add(client, two_cooperatives["a"]["product"])
    checkout_to_preview(client)
    place_order(client)
    order = Order.objects.get()
    client.logout()
    client.cookies.clear()
    lookup = reverse("orders:lookup")

    wrong = client.post(lookup, {"number": order.number, "email": "someone@example.com"})
    assert wrong.status_code == 200
    response = client.post(lookup, {"number": order.number, "email": "KHACH@example.com"})
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert two_cooperatives["a"]["cooperative"].name in page.content.decode()

    client.cookies.clear()
    assert client.get(response["Location"]).status_code == 302  # not without the lookup


def test_a_stranger_cannot_see_a_guest_s_order(client, two_cooperatives):
    basket_add(client, two_cooperatives["a"]["product"])
    checkout_to_preview(client)
    place_order(client)
    order = Order.objects.get()
    client.cookies.clear()
    client.force_login(UserFactory(email="other@example.com"))
    assert (
        client.get(reverse("customer:order", kwargs={"order_number": order.number})).status_code
        == 404
    )
    assert (
        client.post(
            reverse("orders:part-cancel", kwargs={"number": order.number}),
            {"part": order.parts.first().pk},
        ).status_code
        == 404
    )


def test_free_shipping_threshold_and_province_fees(client, two_cooperatives):
    from shop.shipping.models import CooperativeShippingRate

    a = two_cooperatives["a"]
    CooperativeShippingRate.objects.create(
        partner=a["cooperative"].partner,
        flat_fee=Decimal("30000"),
        inner_region_fee=Decimal("15000"),
        outer_region_fee=Decimal("45000"),
        free_shipping_threshold=Decimal("300000"),
    )
    basket_add(client, a["product"])  # 125.000, to Hà Nội: another province
    checkout_to_preview(client)
    place_order(client)
    assert Order.objects.get().shipping_incl_tax == Decimal("45000")


def test_address_book_entry_with_province_and_commune_and_a_default(client):
    shopper = UserFactory(email="binh@example.com")
    client.force_login(shopper)
    response = client.post(reverse("customer:address-create"), address_data())
    assert response.status_code == 302
    address = UserAddress.objects.get(user=shopper)
    assert (address.province, address.line3) == (1, address.commune_name)
    assert str(address.phone_number) == "+84912345678"

    client.post(
        reverse(
            "customer:address-change-status",
            kwargs={"pk": address.pk, "action": "default_for_shipping"},
        )
    )
    address.refresh_from_db()
    assert address.is_default_for_shipping

    url = reverse("checkout:user-address-update", kwargs={"pk": address.pk})
    response = client.post(
        url, {**address_data(), "province": str(DAK_LAK), "refresh_communes": "1"}
    )
    assert response.status_code == 200
    communes = [
        o["value"] for o in soup(response).select('select[name="commune"] option') if o["value"]
    ]
    assert communes == [str(code) for code, _ in commune_choices(province_code=DAK_LAK)]


def test_storefront_order_pages_are_closed_to_sellers_strangers_and_visitors(
    client, two_cooperatives
):
    buyer = UserFactory(email="binh@example.com")
    client.force_login(buyer)
    basket_add(client, two_cooperatives["b"]["product"])
    checkout_to_preview(client, email=None)
    place_order(client)
    order = Order.objects.get()
    part = order.parts.get()
    detail = reverse("customer:order", kwargs={"order_number": order.number})
    cancel = reverse("orders:part-cancel", kwargs={"number": order.number})

    for person in (two_cooperatives["a"]["seller"], UserFactory(email="other@example.com")):
        client.force_login(person)
        assert client.get(detail).status_code == 404
        assert client.post(cancel, {"part": part.pk}).status_code == 404
    client.logout()
    response = client.get(detail)
    assert response.status_code == 302 and "login" in response["Location"]
    assert client.post(cancel, {"part": part.pk}).status_code == 404
    part.refresh_from_db()
    assert part.status == "pending"


def test_units_sold_while_paying_send_the_shopper_back_and_nothing_is_written(client):
    from oscar.apps.checkout.signals import pre_payment

    product = ProductFactory(title="Gạo ST25", stockrecord__num_in_stock=3)
    other = ProductFactory(title="Nước mắm Phú Quốc")
    basket_add(client, product, 2)
    basket_add(client, other, 1)
    checkout_to_preview(client)

    def someone_else_buys(**kwargs):
        StockRecord.objects.filter(product=product).update(num_allocated=2)

    pre_payment.connect(someone_else_buys)
    try:
        response = place_order(client)
    finally:
        pre_payment.disconnect(someone_else_buys)

    assert response.status_code == 302 and response["Location"] == reverse("basket:summary")
    assert Order.objects.count() == 0
    assert not StockRecord.objects.get(product=other).num_allocated
    basket_page = client.get(reverse("basket:summary"))
    shown = " ".join(str(m) for m in basket_page.context["messages"])
    assert "Chỉ còn 1 “Gạo ST25”: vui lòng giảm số lượng." in shown
    assert basket_page.context["basket"].num_items == 3  # thawed, as it was
