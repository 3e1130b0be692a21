"""Matching runs through Elasticsearch after the commit: the request for VietGAP rice delivered
to Đắk Lắk reaches exactly the cooperatives selling VietGAP rice there or next door."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from cooperatives.models import Cooperative
from sourcing import services
from sourcing.models import RequestMatch
from sourcing.tasks import request_match_task
from tests.factories import CertificationFactory, CooperativeFactory, ProductFactory
from tests.html import soup

from .conftest import DAK_LAK, GIA_LAI, HA_NOI, RICE, buyer_create

LAM_DONG = 68


@pytest.fixture
def market(search_index, committed, vietgap):
    """Two cooperatives that should match, and decoys that should not."""
    organic = CertificationFactory(code="huu-co", name="Hữu cơ")
    coops = {}

    def seller(key, province, **fields):
        coops[key] = CooperativeFactory(
            name=f"HTX {key}", province=province, commune=None, email=f"{key}@htx.vn", **fields
        )
        return coops[key]

    with committed():
        ProductFactory(
            title="Gạo ST25 Krông Ana",
            cooperative=seller("here", DAK_LAK),
            categories=[RICE],
            certifications=[vietgap, organic],
        )
        ProductFactory(
            title="Gạo thơm Chư Sê",
            cooperative=seller("next-door", GIA_LAI),
            categories=[RICE],
            certifications=[vietgap],
        )
        ProductFactory(
            title="Gạo nếp thường",
            cooperative=seller("no-vietgap", DAK_LAK),
            categories=[RICE],
            certifications=[organic],
        )
        ProductFactory(
            title="Cà phê VietGAP",
            cooperative=seller("coffee", DAK_LAK),
            categories=["Đồ uống > Cà phê"],
            certifications=[vietgap],
        )
        ProductFactory(
            title="Gạo VietGAP Hà Nội",
            cooperative=seller("far", HA_NOI),
            categories=[RICE],
            certifications=[vietgap],
        )
        ProductFactory(
            title="Gạo chờ duyệt",
            cooperative=seller("pending", DAK_LAK, status=Cooperative.Status.PENDING),
            categories=[RICE],
            certifications=[vietgap],
        )
        ProductFactory(
            title="Gạo chưa bán",
            cooperative=seller("hidden", LAM_DONG),
            categories=[RICE],
            certifications=[vietgap],
            is_public=False,
        )
    search_index.refresh()
    return coops


def post(buyer, category, vietgap, **fields):
    return services.request_post(
        buyer=buyer,
        title="Gạo VietGAP cho bếp ăn trường học",
        category=category,
        quantity=Decimal("2000"),
        unit="kg",
        delivery_province=DAK_LAK,
        recurrence="weekly",
        required_certifications=[vietgap],
        **fields,
    )


def test_the_request_notifies_exactly_the_cooperatives_selling_vietgap_rice_nearby(
    market, committed, rice, vietgap
):
    buyer = buyer_create()
    with committed():
        request = post(buyer, rice, vietgap)
    matched = set(
        RequestMatch.objects.filter(request=request).values_list("cooperative", flat=True)
    )
    assert matched == {market["here"].pk, market["next-door"].pk}
    notified = sorted(address for message in mail.outbox for address in message.to)
    assert notified == ["here@htx.vn", "next-door@htx.vn"]
    assert all("Gạo VietGAP cho bếp ăn trường học" in m.subject for m in mail.outbox)
    request.refresh_from_db()
    assert request.matched_at is not None


def test_matching_runs_only_after_the_commit(
    market, rice, vietgap, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as after_commit:
        request = post(buyer_create(), rice, vietgap)
        assert not RequestMatch.objects.filter(request=request).exists()
    assert len(after_commit) == 2  # matching, then the followers' e-mails
    for callback in after_commit:
        callback()
    assert RequestMatch.objects.filter(request=request).count() == 2


def test_running_the_matching_again_notifies_nobody_twice(market, committed, rice, vietgap):
    with committed():
        request = post(buyer_create(), rice, vietgap)
    sent = len(mail.outbox)
    request_match_task(request_id=request.pk)
    assert len(mail.outbox) == sent


def test_an_ocop_requirement_narrows_the_match(  # the market's products are 4-star
    market, committed, rice, vietgap
):
    with committed():
        request = post(buyer_create(), rice, vietgap, min_ocop_stars=5)
    assert not RequestMatch.objects.filter(request=request).exists()


def test_the_request_page_lists_the_matching_products(client, market, committed, rice, vietgap):
    with committed():
        request = post(buyer_create(), rice, vietgap)
    page = soup(client.get(reverse("sourcing:request-detail", kwargs={"pk": request.pk})))
    listed = {a.get_text(strip=True) for a in page.select(".sourcing-products a")}
    assert listed == {"Gạo ST25 Krông Ana", "Gạo thơm Chư Sê"}


def test_the_matching_cooperative_finds_the_request_in_its_workspace(
    client, market, committed, rice, vietgap
):
    with committed():
        request = post(buyer_create(), rice, vietgap)
    user = market["here"].partner.users.create(username="ban", email="ban@htx.vn")
    client.force_login(user)
    page = soup(client.get(reverse("sourcing-dashboard:workspace")))
    assert request.title in page.get_text()
    client.force_login(market["far"].partner.users.create(username="xa", email="xa@htx.vn"))
    assert request.title not in soup(client.get(reverse("sourcing-dashboard:workspace"))).get_text()


def test_a_follower_gets_an_email_about_a_matching_announcement(
    market, committed, rice, django_user_model
):
    follower = django_user_model.objects.create_user("theodoi", "theodoi@bep.vn", "x")
    services.follow_add(user=follower, province=DAK_LAK)
    other = django_user_model.objects.create_user("khac", "khac@bep.vn", "x")
    services.follow_add(user=other, province=HA_NOI)
    with committed():
        services.announcement_post(
            cooperative=market["here"],
            title="Lúa ST25 vụ đông xuân",
            category=rice,
            quantity=Decimal("30"),
            unit="tấn",
            harvest_from=datetime.date.today(),
            harvest_to=datetime.date.today() + datetime.timedelta(days=20),
        )
    assert [m.to for m in mail.outbox] == [["theodoi@bep.vn"]]
    assert "Lúa ST25 vụ đông xuân" in mail.outbox[0].subject


def test_a_request_posted_while_search_is_down_is_matched_later(
    market, committed, rice, vietgap, settings
):
    settings.SEARCH_ENABLED = False
    with committed():
        request = post(buyer_create(), rice, vietgap)
    request.refresh_from_db()
    assert request.matched_at is None and not mail.outbox
    settings.SEARCH_ENABLED = True
    call_command("sourcing_match", stdout=io.StringIO())
    assert RequestMatch.objects.filter(request=request).count() == 2
    assert len(mail.outbox) == 2
