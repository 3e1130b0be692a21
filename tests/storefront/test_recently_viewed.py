"""The products a shopper viewed last are kept by their browser (static/js/recently-viewed.js):
the product page sets no cookie and asks catalogue:recently-viewed for the cards."""

import pytest
from django.urls import reverse

from tests.factories import ProductFactory
from tests.html import card_titles, soup

pytestmark = pytest.mark.django_db


def recently_viewed(client, ids: str):
    response = client.get(reverse("catalogue:recently-viewed"), {"ids": ids})
    assert response.status_code == 200
    return response


def test_the_product_page_sets_no_cookie_and_names_the_product_for_the_script(client):
    product = ProductFactory(title="Chè búp Tân Cương")
    response = client.get(product.get_absolute_url())
    assert not response.cookies
    box = soup(response).select_one("[data-recently-viewed]")
    assert box["data-product"] == str(product.pk)
    assert box["data-url"] == reverse("catalogue:recently-viewed")
    assert soup(response).select_one("script[src*='recently-viewed']").has_attr("defer")


def test_the_cards_come_in_the_order_asked_without_products_no_longer_shown(client):
    tea, honey, rice, hidden = (
        ProductFactory(title=title) for title in ("Chè búp", "Mật ong rừng", "Gạo ST25", "Ẩn")
    )
    hidden.is_public = False
    hidden.save()
    ids = f"{rice.pk},{hidden.pk},{tea.pk},{rice.pk},x,{honey.pk}"
    response = recently_viewed(client, ids)
    assert card_titles(response) == ["Gạo ST25", "Chè búp", "Mật ong rừng"]
    heading = soup(response).select_one("h2")
    assert heading.get_text(strip=True) == "Sản phẩm bạn đã xem"


def test_at_most_five_cards(client):
    products = [ProductFactory(title=f"Trà số {n}") for n in range(7)]
    response = recently_viewed(client, ",".join(str(p.pk) for p in products))
    assert card_titles(response) == [f"Trà số {n}" for n in range(5)]


@pytest.mark.parametrize("ids", ["", "abc", "999999", "1" * 40, "-1,-2"])
def test_nothing_to_show_is_an_empty_answer(client, ids):
    assert recently_viewed(client, ids).content.strip() == b""
