"""Posting, the board and moderation; clear Vietnamese messages for bad input."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.test.factories import UserFactory

from places.selectors import province_choices
from sourcing import services
from sourcing.models import BuyerProfile, PurchaseRequest
from sourcing.neighbours import BORDERS, neighbours
from tests.html import soup

from .conftest import DAK_LAK, GIA_LAI, HA_NOI, buyer_create, seller_of

NEW_REQUEST = reverse("sourcing:request-create")
BOARD = reverse("sourcing:board")


def text(response) -> str:
    return " ".join(soup(response).get_text(" ").split())


def test_a_buyer_writes_a_business_profile_before_posting(client, db):
    user = UserFactory()
    client.force_login(user)
    response = client.get(NEW_REQUEST)
    assert response["Location"].startswith(reverse("sourcing:buyer-profile"))
    response = client.post(
        response["Location"],
        {
            "company_name": "Trường Tiểu học Hòa Bình",
            "contact_name": "Lê Văn Bếp",
            "phone": "0912 345 678",
            "email": "bep@truonghoabinh.edu.vn",
        },
    )
    assert response["Location"] == NEW_REQUEST
    assert BuyerProfile.objects.get(user=user).phone == "+84912345678"


def request_data(rice, **fields):
    return {
        "title": "Gạo tẻ cho bếp ăn",
        "category": rice.pk,
        "quantity": "500",
        "unit": "kg",
        "delivery_province": DAK_LAK,
        "recurrence": "once",
        "needed_by": (datetime.date.today() + datetime.timedelta(days=10)).isoformat(),
        **fields,
    }


def test_a_buyer_posts_a_request(client, buyer, rice, vietgap):
    client.force_login(buyer.user)
    response = client.post(NEW_REQUEST, request_data(rice, required_certifications=[vietgap.pk]))
    posted = PurchaseRequest.objects.get()
    assert response["Location"] == reverse("sourcing:request-detail", kwargs={"pk": posted.pk})
    assert list(posted.required_certifications.all()) == [vietgap]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"quantity": ""}, "Hãy nhập số lượng bạn cần mua."),
        ({"quantity": "-10"}, "Số lượng phải lớn hơn 0."),
        ({"needed_by": "2020-01-01"}, "Ngày cần hàng đã qua"),
        ({"needed_by": ""}, "Hãy cho biết bạn cần hàng trước ngày nào"),
        ({"target_price": "-5"}, "Giá không được là số âm."),
    ],
)
def test_a_bad_request_gets_a_clear_vietnamese_message(client, buyer, rice, fields, message):
    client.force_login(buyer.user)
    response = client.post(NEW_REQUEST, request_data(rice, **fields))
    assert response.status_code == 200
    assert message in text(response)
    assert not PurchaseRequest.objects.exists()


def test_a_harvest_window_out_of_order_is_refused(client, rice, two_cooperatives):
    client.force_login(seller_of(two_cooperatives[0]))
    response = client.post(
        reverse("sourcing-dashboard:announcement-create"),
        {
            "title": "Lúa vụ mùa",
            "category": rice.pk,
            "quantity": "20",
            "unit": "tấn",
            "harvest_from": "2027-03-10",
            "harvest_to": "2027-03-01",
        },
    )
    assert "Ngày kết thúc thu hoạch phải sau ngày bắt đầu." in text(response)


def test_the_board_filters_and_hides_the_buyers_contact(client, request_for_rice, rice):
    other = buyer_create("Nhà hàng Phố Núi")
    PurchaseRequest.objects.create(
        buyer=other,
        title="Cà phê cho quán",
        category=rice,
        quantity=5,
        unit="kg",
        delivery_province=HA_NOI,
        recurrence="monthly",
    )
    everything = text(client.get(BOARD))
    assert "Gạo VietGAP cho bếp ăn" in everything and "Cà phê cho quán" in everything
    assert request_for_rice.buyer.phone not in everything
    in_dak_lak = text(client.get(BOARD, {"province": DAK_LAK}))
    assert "Gạo VietGAP cho bếp ăn" in in_dak_lak and "Cà phê cho quán" not in in_dak_lak
    closed = text(client.get(BOARD, {"status": "closed"}))
    assert "Chưa có yêu cầu mua hàng nào phù hợp" in closed


def test_the_board_is_paginated(client, buyer, rice, settings):
    settings.SOURCING_PAGE_SIZE = 2
    for n in range(5):
        PurchaseRequest.objects.create(
            buyer=buyer,
            title=f"Yêu cầu {n}",
            category=rice,
            quantity=1,
            unit="kg",
            delivery_province=DAK_LAK,
            recurrence="weekly",
        )
    assert len(soup(client.get(BOARD)).select(".sourcing-item")) == 2
    assert len(soup(client.get(BOARD, {"page": 3})).select(".sourcing-item")) == 1


def test_staff_hide_spam_with_a_reason(client, request_for_rice):
    url = reverse("sourcing:hide", kwargs={"kind": "request", "pk": request_for_rice.pk})
    client.force_login(UserFactory())
    assert client.post(url, {"reason": "Quảng cáo"}).status_code == 403
    client.force_login(UserFactory(is_staff=True))
    client.post(url, {"reason": "Quảng cáo, không phải nhu cầu mua"})
    request_for_rice.refresh_from_db()
    assert request_for_rice.hidden_reason == "Quảng cáo, không phải nhu cầu mua"
    client.logout()
    assert "Gạo VietGAP cho bếp ăn" not in text(client.get(BOARD))
    assert page_status(client, request_for_rice) == 404


def page_status(client, request) -> int:
    return client.get(reverse("sourcing:request-detail", kwargs={"pk": request.pk})).status_code


def test_staff_read_the_figures_per_province_and_category(
    client, request_for_rice, two_cooperatives
):
    made = services.offer_make(
        request=request_for_rice,
        cooperative=two_cooperatives[0],
        price_per_unit=Decimal("1"),
        quantity=Decimal("1"),
        lead_time_days=1,
    )
    services.offer_accept(offer=made, buyer=request_for_rice.buyer)
    url = reverse("sourcing-dashboard:figures")
    client.force_login(UserFactory())
    assert client.get(url).status_code == 403
    client.force_login(UserFactory(is_staff=True))
    rows = [
        [td.get_text(strip=True) for td in tr.select("td")]
        for tr in soup(client.get(url)).select("tbody tr")
    ]
    assert rows[0][:4] == ["Đắk Lắk", "1", "1", "1"]
    assert rows[1][:4] == ["Gạo", "1", "1", "1"]


def test_the_neighbour_table_covers_the_34_provinces_both_ways():
    codes = {code for code, _name in province_choices()}
    assert len(codes) == 34
    assert {code for border in BORDERS for code in border} == codes
    assert len(set(BORDERS)) == len(BORDERS)
    for a, b in BORDERS:
        assert a in neighbours(b) and b in neighbours(a)
    assert GIA_LAI in neighbours(DAK_LAK) and HA_NOI not in neighbours(DAK_LAK)


def test_a_buyer_follows_and_unfollows_a_province(client, buyer):
    client.force_login(buyer.user)
    url = reverse("sourcing:follow")
    empty = client.post(url, {"category": "", "province": ""})
    assert "Hãy chọn một danh mục, một tỉnh/thành phố, hoặc cả hai." in text(empty)
    client.post(url, {"province": DAK_LAK})
    follow = buyer.user.sourcing_follows.get()
    assert follow.province == DAK_LAK
    assert "Đắk Lắk" in text(client.get(url))
    client.post(url, {"remove": follow.pk})
    assert not buyer.user.sourcing_follows.exists()
