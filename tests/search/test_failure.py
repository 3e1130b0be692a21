"""Elasticsearch down, slow or switched off: pages fall back to the database with a notice, saves
and checkout succeed, and the missed updates are caught up afterwards.

"Down" is what the site sees of a stopped server: nothing listening at ELASTICSEARCH_URL (the
shared test server keeps running for the other test processes). "Slow" is a socket that accepts
connections and never answers.
"""

import socket
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from oscar.core.loading import get_class, get_model
from oscar.test.factories import create_order

from search.models import PendingUpdate
from tests.factories import ProductFactory
from tests.html import card_ids

Basket = get_model("basket", "Basket")
Selector = get_class("partner.strategy", "Selector")

NOTICE = 'class="search-notice"'
DOWN = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture
def coffee(search_index, committed):
    with committed():
        return ProductFactory(title="Cà phê Robusta rang xay", categories=["Đồ uống > Cà phê"])


@pytest.fixture
def silent_server():
    """A server that accepts connections and never replies."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def pages(product):
    category = product.categories.get()
    return [
        reverse("search:search") + "?q=ca+phe",
        reverse("search:search") + "?q=ca+phe&province=66&ocop=4&sort=price-asc",
        reverse("catalogue:index"),
        category.get_absolute_url(),
    ]


def test_search_and_browse_fall_back_to_the_database_when_the_server_is_down(
    coffee, client, settings
):
    settings.ELASTICSEARCH_URL = DOWN
    for url in pages(coffee):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.context["search_unavailable"] is True
        assert NOTICE in response.content.decode()
        assert card_ids(response) == [coffee.pk], url


def test_a_slow_server_times_out_into_the_fallback(coffee, client, settings, silent_server):
    settings.ELASTICSEARCH_URL = silent_server
    settings.ELASTICSEARCH_TIMEOUT = 0.2
    response = client.get(reverse("search:search") + "?q=ca+phe")
    assert response.status_code == 200
    assert response.context["search_unavailable"] is True
    assert card_ids(response) == [coffee.pk]


def test_search_switched_off_uses_the_fallback(coffee, client, settings):
    settings.SEARCH_ENABLED = False
    response = client.get(reverse("search:search") + "?q=ca+phe")
    assert response.status_code == 200
    assert NOTICE in response.content.decode()


def test_suggestions_are_empty_while_the_server_is_down(coffee, client, settings):
    settings.ELASTICSEARCH_URL = DOWN
    response = client.get(reverse("search:suggest"), {"q": "ca p"})
    assert response.status_code == 200
    assert response.json()["groups"] == []


def _suggested(client, text: str) -> list[str]:
    groups = client.get(reverse("search:suggest"), {"q": text}).json()["groups"]
    return [item["label"] for group in groups for item in group["items"]]


def test_suggestions_just_given_are_answered_again_while_the_server_is_down(
    coffee, client, settings, search_index
):
    search_index.refresh()
    assert "Cà phê Robusta rang xay" in _suggested(client, "ca p")
    settings.ELASTICSEARCH_URL = DOWN
    assert "Cà phê Robusta rang xay" in _suggested(client, "ca p")  # the kept answer
    assert _suggested(client, "ca ph") == []  # never asked before: nothing kept


def test_empty_suggestions_of_an_outage_are_not_kept(coffee, client, settings, search_index):
    search_index.refresh()
    server = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = DOWN
    assert _suggested(client, "ca p") == []
    settings.ELASTICSEARCH_URL = server
    assert "Cà phê Robusta rang xay" in _suggested(client, "ca p")


def test_checkout_completes_while_the_server_is_down_and_is_caught_up_later(
    search_index, committed, settings
):
    with committed():
        product = ProductFactory(title="Nước mắm Phú Quốc", stockrecord__num_in_stock=1)
    assert search_index.document(product.pk)["is_available"] is True
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    basket.add_product(product)

    server = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = DOWN
    with committed():
        order = create_order(basket=basket)
    assert order.lines.get().product == product
    assert PendingUpdate.objects.filter(kind="products", object_id=product.pk).exists()
    assert search_index.document(product.pk)["is_available"] is True  # missed, for now

    settings.ELASTICSEARCH_URL = server
    call_command("search_reindex", "--catch-up", stdout=StringIO())
    document = search_index.document(product.pk)
    assert document["is_available"] is False  # its only unit is allocated to the order
    assert document["num_purchases"] == 1
    assert not PendingUpdate.objects.exists()
