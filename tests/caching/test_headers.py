"""Anonymous storefront pages may be kept by browsers, proxies and CDNs for a minute and are
revalidated with their ETag; nothing that belongs to one visitor is ever shared."""

import pytest
from django.urls import reverse

from cms.models import InformationPage
from tests.factories import UserFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(client, home_page, news_index, product, indexed):
    information = home_page.add_child(
        instance=InformationPage(title="Chính sách đổi trả", slug="doi-tra", body="Đổi 7 ngày.")
    )
    category = indexed.categories.get()
    return {
        "home": "/",
        "search": reverse("search:search") + "?q=ca+phe",
        "category": category.get_absolute_url(),
        "cooperatives": reverse("cooperatives:list"),
        "cooperative": product.cooperative.get_absolute_url(),
        "news": news_index.url,
        "information": information.url,
        # It sets no recently-viewed cookie: the browser keeps that list itself.
        "product": product.get_absolute_url(),
    }


def assert_public(response) -> None:
    assert response.status_code == 200
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert control == {"public", "max-age=60"}
    assert "Cookie" in response["Vary"]
    assert response["ETag"]
    assert not response.cookies


@pytest.mark.parametrize(
    "name",
    ["home", "search", "category", "cooperatives", "cooperative", "news", "information", "product"],
)
def test_an_anonymous_page_is_public_and_answers_its_etag_with_304(client, pages, name):
    response = client.get(pages[name])
    assert_public(response)
    # Its forms carry no token for the first visitor: the script or a later page fills them.
    for field in soup(response).select('input[name="csrfmiddlewaretoken"]'):
        assert field["value"] == ""
    again = client.get(pages[name], HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == response["ETag"]


def test_a_304_names_the_nonce_of_the_copy_the_browser_holds(client, product):
    url = product.cooperative.get_absolute_url()
    first = client.get(url)
    nonce = soup(first).select_one("script[nonce]")["nonce"]
    assert first["ETag"].endswith(f'-{nonce}"')
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert f"'nonce-{nonce}'" in again["Content-Security-Policy"]


def test_a_changed_page_has_a_new_etag(client, product):
    url = product.cooperative.get_absolute_url()
    etag = client.get(url)["ETag"]
    stockrecord = product.stockrecords.get()
    stockrecord.price = 99000
    stockrecord.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_a_signed_in_shoppers_page_is_private(client, product):
    client.force_login(UserFactory())
    response = client.get(product.get_absolute_url())
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert client.get(product.get_absolute_url(), HTTP_IF_NONE_MATCH='"x"').status_code == 200


def test_a_page_with_the_visitors_token_is_never_stored(client, product):
    client.get(reverse("csrf-token"))
    token = client.cookies["csrftoken"].value
    response = client.get(product.cooperative.get_absolute_url())
    assert {part.strip() for part in response["Cache-Control"].split(",")} == {
        "private",
        "no-store",
    }
    fields = soup(response).select('input[name="csrfmiddlewaretoken"]')
    assert fields
    assert all(field["value"] and field["value"] != token for field in fields)  # masked


def test_a_basket_and_its_message_keep_pages_private(client, product):
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    response = client.get(reverse("cooperatives:list"))
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]  # the message was shown, and so used up
    assert "private" in client.get(reverse("cooperatives:list"))["Cache-Control"]


def test_account_and_checkout_pages_are_never_public(client):
    for url in (reverse("customer:login"), reverse("basket:summary")):
        assert "public" not in client.get(url).get("Cache-Control", "")
