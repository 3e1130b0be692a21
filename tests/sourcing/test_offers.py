"""Offers: each side sees only what it may; contacts appear on acceptance."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from sourcing import services
from sourcing.models import Offer, PurchaseRequest
from tests.html import soup

from .conftest import buyer_create, seller_of

BUYER_PHONE = "+84912345678"


def offer(request, cooperative, price="14500"):
    return services.offer_make(
        request=request,
        cooperative=cooperative,
        price_per_unit=Decimal(price),
        quantity=Decimal("2000"),
        lead_time_days=5,
        message="Gạo mới xay, giao tận bếp.",
    )


def page(client, request):
    return client.get(reverse("sourcing:request-detail", kwargs={"pk": request.pk}))


@pytest.fixture
def offers(request_for_rice, two_cooperatives):
    first, second = two_cooperatives
    return offer(request_for_rice, first, "15000"), offer(request_for_rice, second, "14500")


def test_contacts_stay_hidden_until_the_buyer_accepts(client, request_for_rice, offers):
    first, second = offers
    buyer = request_for_rice.buyer
    seller = seller_of(second.cooperative)
    client.force_login(seller)
    assert BUYER_PHONE not in page(client, request_for_rice).content.decode()
    client.force_login(buyer.user)
    before = page(client, request_for_rice).content.decode()
    assert second.cooperative.phone not in before
    assert [
        a["data-offer"] for a in soup(page(client, request_for_rice)).select("[data-offer]")
    ] == [
        str(second.pk),
        str(first.pk),
    ]  # cheapest first, side by side

    response = client.post(reverse("sourcing:offer-accept", kwargs={"pk": second.pk}))
    assert response.status_code == 302
    after = page(client, request_for_rice).content.decode()
    assert second.cooperative.phone in after
    assert first.cooperative.phone not in after

    client.force_login(seller)
    assert BUYER_PHONE in page(client, request_for_rice).content.decode()
    detail = client.get(reverse("sourcing-dashboard:offer-detail", kwargs={"pk": second.pk}))
    assert BUYER_PHONE in detail.content.decode()
    client.force_login(seller_of(first.cooperative))
    assert BUYER_PHONE not in page(client, request_for_rice).content.decode()


def test_a_cooperative_cannot_read_another_cooperatives_offer(client, offers):
    first, second = offers
    client.force_login(seller_of(first.cooperative))
    url = reverse("sourcing-dashboard:offer-detail", kwargs={"pk": second.pk})
    assert client.get(url).status_code == 404
    text = page(client, first.request).content.decode()
    assert "14.500" not in text and second.cooperative.name not in text
    assert "15.000" in text


def test_the_public_sees_neither_offers_nor_contacts(client, request_for_rice, offers):
    text = page(client, request_for_rice).content.decode()
    assert BUYER_PHONE not in text and request_for_rice.buyer.email not in text
    assert offers[0].cooperative.name not in text


def test_accepting_closes_a_one_off_request_and_declines_the_others(request_for_rice, offers):
    first, second = offers
    services.offer_accept(offer=second, buyer=request_for_rice.buyer)
    request_for_rice.refresh_from_db()
    first.refresh_from_db()
    assert request_for_rice.status == PurchaseRequest.Status.CLOSED
    assert first.status == Offer.Status.DECLINED
    with pytest.raises(ValidationError, match="đã đóng"):
        offer(request_for_rice, first.cooperative)


def test_a_recurring_request_stays_open_after_an_acceptance(request_for_rice, offers):
    PurchaseRequest.objects.filter(pk=request_for_rice.pk).update(recurrence="weekly")
    request_for_rice.refresh_from_db()
    services.offer_accept(offer=offers[0], buyer=request_for_rice.buyer)
    request_for_rice.refresh_from_db()
    assert request_for_rice.is_open
    offers[1].refresh_from_db()
    assert offers[1].status == Offer.Status.PENDING


def test_only_the_requests_buyer_can_accept(client, offers):
    stranger = buyer_create("Nhà hàng Sen Vàng")
    client.force_login(stranger.user)
    response = client.post(reverse("sourcing:offer-accept", kwargs={"pk": offers[0].pk}))
    assert response.status_code == 404
    with pytest.raises(ValidationError):
        services.offer_accept(offer=offers[0], buyer=stranger)


def test_a_cooperative_answers_once(request_for_rice, offers):
    with pytest.raises(ValidationError, match="đã gửi báo giá"):
        offer(request_for_rice, offers[0].cooperative)


def test_a_seller_sends_an_offer_from_the_request_page(client, request_for_rice, two_cooperatives):
    cooperative = two_cooperatives[0]
    client.force_login(seller_of(cooperative))
    form = soup(page(client, request_for_rice)).select_one("form.sourcing-form")
    url = form["action"]
    response = client.post(
        url, {"price_per_unit": "15000", "quantity": "1000", "lead_time_days": "3"}
    )
    made = Offer.objects.get(cooperative=cooperative)
    assert response["Location"] == reverse(
        "sourcing-dashboard:offer-detail", kwargs={"pk": made.pk}
    )
    negative = client.post(url, {"price_per_unit": "-1", "quantity": "-3", "lead_time_days": "3"})
    assert "Giá không được là số âm." in negative.content.decode()


def test_only_approved_cooperatives_send_offers(client, request_for_rice, buyer):
    client.force_login(buyer.user)
    url = reverse("sourcing:offer-create", kwargs={"pk": request_for_rice.pk})
    assert client.post(url, {"price_per_unit": "1"}).status_code == 403


def test_only_the_buyer_closes_the_request(client, request_for_rice, offers):
    url = reverse("sourcing:request-close", kwargs={"pk": request_for_rice.pk})
    client.force_login(buyer_create("Nhà hàng khác").user)
    assert client.post(url).status_code == 403
    client.force_login(request_for_rice.buyer.user)
    assert client.post(url).status_code == 302
    request_for_rice.refresh_from_db()
    assert not request_for_rice.is_open
    assert "Gửi báo giá" not in page(client, request_for_rice).content.decode()
