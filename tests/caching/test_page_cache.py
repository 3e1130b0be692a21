"""Whole anonymous pages are served from the cache (pagecache), without a query, until what they
show changes: the next request after a change shows it. Visitors with a page of their own (a
session, a basket, a CSRF token) never get a shared copy."""

import time
from datetime import date

import pytest
from django.db import connection
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pagecache.dependencies import COOPERATIVES_TAG, pages_changed, tags_unchanged_since
from tests.factories import ProductFactory, UserFactory
from tests.html import card_titles, soup
from traceability import services as trace_services

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    """The response, and how many SQL queries it asked (none when served from the cache)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response, len(queries)


def cached(client, url):
    """Renders the page once, then asks it again: that copy comes from the cache."""
    first, _queries = get(client, url)
    again, queries = get(client, url)
    assert queries == 0, f"{url} was not served from the cache"
    return first, again


def text(response) -> str:
    return soup(response).get_text(" ", strip=True)


@pytest.fixture
def urls(product, indexed):
    return {
        "product": product.get_absolute_url(),
        "cooperative": product.cooperative.get_absolute_url(),
        "category": indexed.categories.get().get_absolute_url(),
        "search": reverse("search:search") + "?q=ca+phe",
    }


def test_a_cached_copy_is_the_page_with_a_nonce_of_its_own(client, product):
    first, again = cached(client, product.get_absolute_url())
    nonces = [soup(r).select_one("script[nonce]")["nonce"] for r in (first, again)]
    assert nonces[0] != nonces[1]
    assert f"'nonce-{nonces[1]}'" in again["Content-Security-Policy"]
    assert first.content.replace(nonces[0].encode(), b"") == again.content.replace(
        nonces[1].encode(), b""
    )
    assert again["ETag"].endswith(f'-{nonces[1]}"')
    assert again["ETag"].partition("-")[0] == first["ETag"].partition("-")[0]
    assert {part.strip() for part in again["Cache-Control"].split(",")} == {
        "public",
        "max-age=60",
    }
    assert again["Content-Language"] == "vi"
    assert int(again["Content-Length"]) == len(again.content)


def test_a_cached_copy_answers_its_etag_with_304_naming_the_held_nonce(client, product):
    first, again = cached(client, product.get_absolute_url())
    held = soup(first).select_one("script[nonce]")["nonce"]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(product.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 304
    assert not queries
    assert f"'nonce-{held}'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("page", ["product", "cooperative", "category", "search"])
def test_a_price_change_shows_on_the_next_request(client, urls, product, indexed, page):
    shown = indexed if page in ("category", "search") else product
    cached(client, urls[page])
    stockrecord = shown.stockrecords.get()
    stockrecord.price = 99000
    stockrecord.save()
    response, queries = get(client, urls[page])
    assert queries > 0
    assert "99.000" in text(response)


def test_a_product_hidden_leaves_its_cached_page(client, product):
    cached(client, product.get_absolute_url())
    product.is_public = False
    product.save()
    assert client.get(product.get_absolute_url()).status_code == 404


def test_a_renamed_cooperative_shows_on_its_profile_the_list_and_its_products(client, product):
    cooperative = product.cooperative
    urls = [
        cooperative.get_absolute_url(),
        reverse("cooperatives:list"),
        product.get_absolute_url(),
    ]
    for url in urls:
        cached(client, url)
    cooperative.name = "HTX Chè Thái Nguyên Xanh"
    cooperative.save()
    for url in urls:
        assert "HTX Chè Thái Nguyên Xanh" in text(get(client, url)[0]), url


def test_a_new_product_of_a_cooperative_changes_its_count_on_the_list(client, product):
    cached(client, reverse("cooperatives:list"))
    ProductFactory(cooperative=product.cooperative, title="Chè móc câu")
    card = soup(get(client, reverse("cooperatives:list"))[0]).select_one(".coop-card")
    assert "2 sản phẩm" in card.get_text(" ", strip=True)


def test_a_renamed_category_shows_on_the_pages_of_its_products(client, indexed):
    cached(client, indexed.get_absolute_url())
    category = indexed.categories.get()
    category.name = "Cà phê đặc sản"
    category.save()
    breadcrumbs = soup(get(client, indexed.get_absolute_url())[0]).select(".breadcrumb-item")
    assert "Cà phê đặc sản" in [item.get_text(strip=True) for item in breadcrumbs]


def test_an_approved_review_shows_on_the_product_page(client, product):
    cached(client, product.get_absolute_url())
    product.reviews.create(
        title="Chè thơm", body="Nước xanh, vị ngọt hậu.", score=5, user=UserFactory(), status=1
    )  # status 1: approved
    assert "Chè thơm" in text(get(client, product.get_absolute_url())[0])


def test_a_recall_shows_on_the_trace_page_at_once_and_every_scan_is_counted(client, product):
    lot = trace_services.lot_create(product=product, code="L2025-01", produced_on=date(2025, 9, 1))
    product_trace = reverse("traceability:product", kwargs={"product_id": product.pk})
    cached(client, product_trace)
    lot_page = reverse("traceability:lot", kwargs={"product_id": product.pk, "code": lot.code})
    for _ in range(2):
        assert "no-cache" in get(client, lot_page)[0]["Cache-Control"]
    lot.refresh_from_db()
    assert lot.scan_count == 2
    trace_services.lot_recall(lot=lot, reason="Nhiễm khuẩn", recalled_by=UserFactory())
    assert soup(get(client, product_trace)[0]).select_one(".trace-recall") is not None


def test_each_language_has_its_own_copy(client, product):
    vietnamese, _ = cached(client, product.get_absolute_url())
    client.cookies["django_language"] = "en"
    english, _queries = get(client, product.get_absolute_url())
    assert english["Content-Language"] == "en"
    assert soup(english).html["lang"] == "en"
    assert get(client, product.get_absolute_url())[1] == 0
    assert soup(vietnamese).html["lang"] == "vi"


def test_a_visitor_with_a_basket_gets_a_page_of_their_own(client, product):
    url = product.cooperative.get_absolute_url()
    cached(client, url)
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    response, queries = get(client, url)
    assert queries > 0
    assert "private" in response["Cache-Control"]
    count = soup(response).select_one("[data-basket-count]").get_text(" ", strip=True)
    assert count.split()[0] == "1"


def test_a_visitor_with_a_csrf_token_gets_it_in_the_pages_forms(client, product):
    url = product.cooperative.get_absolute_url()
    cached(client, url)
    client.get(reverse("csrf-token"))
    response, queries = get(client, url)
    assert queries > 0
    fields = soup(response).select("input[name='csrfmiddlewaretoken']")
    assert fields
    assert all(field["value"] for field in fields)


def test_a_signed_in_visitor_never_gets_the_shared_copy(client, product):
    cached(client, product.get_absolute_url())
    client.force_login(UserFactory(is_staff=True))
    response, queries = get(client, product.get_absolute_url())
    assert queries > 0
    assert soup(response).select_one(".product-detail__edit") is not None


def test_head_is_answered_from_the_cached_copy(client, product):
    cached(client, product.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        response = client.head(product.get_absolute_url())
    assert response.status_code == 200
    assert not queries


def test_the_query_string_is_part_of_the_copy(client, urls):
    cached(client, urls["search"])
    assert card_titles(get(client, urls["search"])[0]) == ["Cà phê Robusta rang mộc"]
    assert card_titles(get(client, reverse("search:search") + "?q=mat+ong")[0]) == []


def test_switched_off_every_request_renders(client, product, settings):
    settings.PAGE_CACHE_ENABLED = False
    get(client, product.get_absolute_url())
    assert get(client, product.get_absolute_url())[1] > 0


def test_a_change_made_while_a_page_was_rendered_drops_that_copy(client, product):
    """The copy began before the change was committed: it may show what came before."""
    url = product.cooperative.get_absolute_url()

    def change(sender, template, **kwargs):
        if template.name == "cooperatives/cooperative_detail.html":
            pages_changed([COOPERATIVES_TAG])

    template_rendered.connect(change)
    try:
        get(client, url)
    finally:
        template_rendered.disconnect(change)
    assert get(client, url)[1] > 0
    assert get(client, url)[1] == 0


def test_a_change_on_a_server_whose_clock_is_ahead_counts_from_a_little_earlier(settings):
    settings.PAGE_CACHE_CLOCK_SKEW = 5
    pages_changed(["product:1"])
    now = time.time()
    assert not tags_unchanged_since(["product:1"], now + 4)
    assert tags_unchanged_since(["product:1"], now + 6)
    assert tags_unchanged_since(["product:2"], now)
