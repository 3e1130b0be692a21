"""The cooperative list and a cooperative's profile."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from catalogue.models import Product
from cooperatives.models import Cooperative
from tests.factories import HA_NOI, CooperativeFactory, ProductFactory
from tests.html import jpeg, soup

pytestmark = pytest.mark.django_db

LIST_URL = reverse("cooperatives:list")


def names(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select("main .coop-card__name a")]


def test_list_shows_approved_cooperatives_with_their_product_count(client):
    coffee = CooperativeFactory(name="HTX Cà phê Ea Tu")
    ProductFactory.create_batch(2, cooperative=coffee)
    CooperativeFactory(name="HTX Chờ duyệt", status=Cooperative.Status.PENDING)

    html = soup(client.get(LIST_URL))

    card = html.select_one("main .coop-card")
    assert card.select_one("h2 a")["href"] == coffee.get_absolute_url()
    assert card.select_one(".coop-card__meta").get_text() == "Hợp tác xã · Đắk Lắk"
    assert card.select_one(".coop-card__count").get_text(strip=True) == "2 sản phẩm"
    assert len(html.select("main .coop-card")) == 1


def test_list_counts_a_product_with_variants_once_as_its_profile_lists_it(client):
    cooperative = CooperativeFactory()
    tea = ProductFactory(cooperative=cooperative, structure=Product.PARENT, stockrecord=False)
    for size in ("100 g", "200 g"):
        ProductFactory(
            cooperative=cooperative,
            structure=Product.CHILD,
            parent=tea,
            title=f"Trà {size}",
            categories=[],
        )

    card = soup(client.get(LIST_URL)).select_one("main .coop-card")
    profile = soup(client.get(cooperative.get_absolute_url()))

    assert len(profile.select("main .product-card")) == 1
    assert card.select_one(".coop-card__count").get_text(strip=True) == "1 sản phẩm"


def test_list_filters_by_province(client):
    CooperativeFactory(name="HTX Cà phê Ea Tu")
    CooperativeFactory(name="HTX Gốm Bát Tràng", province=HA_NOI, commune=None)

    html = soup(client.get(LIST_URL, {"province": HA_NOI}))

    assert [a.get_text(strip=True) for a in html.select("main .coop-card__name a")] == [
        "HTX Gốm Bát Tràng"
    ]
    select = html.select_one("main form.filter-bar select#id_province")
    assert html.select_one('main label[for="id_province"]')
    assert select.select_one("option[selected]")["value"] == str(HA_NOI)


def test_list_says_so_when_there_is_no_cooperative(client):
    html = soup(client.get(LIST_URL))

    assert html.select_one("main .empty-state").get_text(strip=True) == "Chưa có hợp tác xã nào."
    assert not html.select("main .coop-card")


def test_list_is_paginated(client):
    for number in range(25):
        CooperativeFactory(name=f"HTX số {number:02d}")

    first, second = soup(client.get(LIST_URL)), soup(client.get(LIST_URL, {"page": 2}))

    assert len(first.select("main .coop-card")) == 24
    assert first.select_one('main a[rel="next"]')["href"] == "?page=2"
    assert [a.get_text(strip=True) for a in second.select("main .coop-card__name a")] == [
        "HTX số 24"
    ]
    assert (
        second.select_one('main .pagination [aria-current="page"]').get_text(strip=True)
        == "Trang 2/2"
    )


def test_profile_shows_the_cooperative_details_and_its_products(client):
    cooperative = CooperativeFactory(
        name="HTX Cà phê Ea Tu",
        street_address="Thôn 3",
        founded_year=2008,
        member_count=42,
        classification="tot",
        classification_year=2024,
        description="Cà phê sạch từ cao nguyên.",
    )
    product = ProductFactory(cooperative=cooperative, title="Cà phê Robusta")

    html = soup(client.get(cooperative.get_absolute_url()))

    assert html.select_one("main h1").get_text(strip=True) == "HTX Cà phê Ea Tu"
    details = {
        row.dt.get_text(strip=True): row.dd.get_text(strip=True)
        for row in html.select("main dl.facts > div")
    }
    assert details["Địa chỉ"] == "Thôn 3, Phường Buôn Ma Thuột, Đắk Lắk"
    assert details["Người đại diện"] == "Nguyễn Văn An"
    assert details["Số điện thoại"] == "+84905123456"
    assert details["Năm thành lập"] == "2008"
    assert details["Số thành viên"] == "42"
    assert details["Xếp loại"] == "Tốt (2024)"
    assert "Cà phê sạch từ cao nguyên." in html.select_one("main .coop-profile__about").get_text()
    assert html.select_one(f'main .product-card a[href="{product.get_absolute_url()}"]')


def test_profile_of_a_cooperative_without_products_says_so(client):
    cooperative = CooperativeFactory()

    html = soup(client.get(cooperative.get_absolute_url()))

    assert html.select_one("main .empty-state").get_text(strip=True) == (
        "Hợp tác xã chưa có sản phẩm nào đang bán."
    )


def test_logo_beside_the_cooperatives_name_is_not_read_out_again(client):
    cooperative = CooperativeFactory(name="HTX Cà phê Ea Tu")
    cooperative.logo.save("logo.jpg", ContentFile(jpeg(300, 300)), save=True)

    for url in (LIST_URL, cooperative.get_absolute_url()):
        logo = soup(client.get(url)).select_one("main img.coop-logo")
        assert logo["alt"] == "", url
