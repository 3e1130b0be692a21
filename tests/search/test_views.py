"""The search, browse and category pages and the suggestions endpoint, through the test client."""

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import resolve, reverse
from oscar.apps.catalogue.categories import create_from_breadcrumbs

from catalogue.models import Product
from cooperatives.models import Cooperative
from search.views import CatalogueView, FacetedSearchView, ProductCategoryView, SuggestView
from tests.factories import DAK_LAK, HA_NOI, CooperativeFactory, ProductFactory
from tests.html import card_ids

SEARCH = reverse("search:search")


@pytest.fixture
def shop(search_index, committed):
    ea_tu = CooperativeFactory(name="HTX Cà phê Ea Tu", slug="htx-ca-phe-ea-tu")
    me_linh = CooperativeFactory(
        name="HTX Mê Linh", slug="htx-me-linh", province=HA_NOI, commune=None
    )
    with committed():
        robusta = ProductFactory(
            title="Cà phê Robusta rang xay",
            description="Cà phê rang mộc, xay vừa.",
            cooperative=ea_tu,
            categories=["Đồ uống > Cà phê"],
            stockrecord__price=Decimal("150000"),
        )
        arabica = ProductFactory(
            title="Cà phê Arabica Cầu Đất",
            cooperative=me_linh,
            ocop_stars=5,
            categories=["Đồ uống > Cà phê"],
            stockrecord__price=Decimal("90000"),
        )
        tea = ProductFactory(
            title="Trà Shan tuyết", cooperative=me_linh, categories=["Đồ uống > Trà"]
        )
    search_index.refresh()
    return {"robusta": robusta, "arabica": arabica, "tea": tea}


def facet(response, name):
    return next(group for group in response.context["facets"] if group.name == name)


def query_of(url):
    return parse_qs(urlsplit(url).query)


def test_haystack_serves_no_page():
    assert resolve(SEARCH).func.view_class is FacetedSearchView
    assert resolve(reverse("catalogue:index")).func.view_class is CatalogueView
    assert resolve("/catalogue/category/do-uong_1/").func.view_class is ProductCategoryView
    assert resolve(reverse("search:suggest")).func.view_class is SuggestView


def test_the_search_page_lists_matches_with_facets_and_highlights(shop, client):
    response = client.get(SEARCH, {"q": "ca phe"})
    assert response.status_code == 200
    assert response.context["search_unavailable"] is False
    assert set(card_ids(response)) == {shop["robusta"].pk, shop["arabica"].pk}
    html = response.content.decode()
    assert "<mark>Cà phê</mark> rang mộc" in html
    provinces = facet(response, "province")
    assert [(o.label, o.count) for o in provinces.options] == [("Đắk Lắk", 1), ("Hà Nội", 1)]
    # A facet link keeps the query and adds the filter: a clean, shareable URL.
    assert query_of(provinces.options[1].url) == {"q": ["ca phe"], "province": [str(HA_NOI)]}


def test_narrowing_to_a_province_and_4_stars_then_sorting_by_price(shop, client):
    response = client.get(SEARCH, {"q": "ca phe", "province": DAK_LAK, "ocop": 4})
    assert card_ids(response) == [shop["robusta"].pk]
    chosen = response.context["selected_filters"]
    assert [o.label for o in chosen] == ["Đắk Lắk", "4 sao"]
    # Each chosen filter links to the page without it.
    assert query_of(chosen[0].url) == {"q": ["ca phe"], "ocop": ["4"]}

    response = client.get(SEARCH, {"q": "ca phe", "sort": "price-asc"})
    assert card_ids(response) == [shop["arabica"].pk, shop["robusta"].pk]


def test_the_category_page_drills_down_through_subcategories(shop, client):
    drinks = shop["tea"].categories.get().get_parent()
    response = client.get(drinks.get_absolute_url())
    assert response.status_code == 200
    assert len(card_ids(response)) == 3
    subcategories = facet(response, "category").options
    assert [(o.label, o.count) for o in subcategories] == [("Cà phê", 2), ("Trà", 1)]

    response = client.get(subcategories[0].url)
    assert len(card_ids(response)) == 2
    back = facet(response, "category").options[0]
    assert back.up and back.label == "Đồ uống"


def test_a_category_page_at_an_old_path_redirects(shop, client):
    category = shop["tea"].categories.get()
    response = client.get(f"/catalogue/category/old-name_{category.pk}/?ocop=4")
    assert response.status_code == 301
    assert response["Location"] == f"{category.get_absolute_url()}?ocop=4"


def test_a_hidden_category_is_not_found(search_index, client):
    category = create_from_breadcrumbs("Hàng sắp bán")
    category.is_public = False
    category.save()
    assert client.get(category.get_absolute_url()).status_code == 404


def test_pages_paginate(search_index, committed, client, settings):
    settings.OSCAR_PRODUCTS_PER_PAGE = 2
    with committed():
        ProductFactory.create_batch(5, title="Hạt điều Bình Phước")
    search_index.refresh()
    response = client.get(SEARCH, {"q": "hat dieu", "page": 3})
    assert response.context["page_obj"].number == 3
    assert response.context["paginator"].num_pages == 3
    assert len(card_ids(response)) == 1
    assert client.get(SEARCH, {"q": "hat dieu", "page": 4}).status_code == 404


def test_hits_a_shopper_may_no_longer_see_are_left_out(shop, client):
    # Changes the index has not caught up with yet (queued while Elasticsearch was down).
    Product.objects.filter(pk=shop["robusta"].pk).update(is_public=False)
    response = client.get(SEARCH, {"q": "ca phe"})
    assert card_ids(response) == [shop["arabica"].pk]

    # Arabica's card is cached now: the save that suspends its cooperative drops it.
    cooperative = Cooperative.objects.get(pk=shop["arabica"].cooperative_id)
    cooperative.status = Cooperative.Status.SUSPENDED
    cooperative.save()
    response = client.get(SEARCH, {"q": "ca phe"})
    assert card_ids(response) == []


def test_unknown_parameters_are_ignored(shop, client):
    response = client.get(
        SEARCH, {"q": "ca phe", "province": "nowhere", "sort": "cheapest", "page": "x"}
    )
    assert response.status_code == 200
    assert len(card_ids(response)) == 2


def test_did_you_mean_links_to_the_corrected_search(shop, client):
    response = client.get(SEARCH, {"q": "caaa pheee"})
    assert response.context["suggestion"] == "ca phe"
    assert query_of(response.context["suggestion_url"]) == {"q": ["ca phe"]}


def test_suggestions_for_an_accent_free_prefix(shop, client):
    response = client.get(reverse("search:suggest"), {"q": "ca p"})
    assert response.status_code == 200
    data = response.json()
    groups = {group["label"]: group["items"] for group in data["groups"]}
    products, categories, cooperatives = groups.values()
    assert {item["label"] for item in products} == {
        "Cà phê Robusta rang xay",
        "Cà phê Arabica Cầu Đất",
    }
    assert products[0]["url"] == shop["arabica"].get_absolute_url()  # 5 stars rank first
    assert categories == [
        {"label": "Đồ uống > Cà phê", "url": shop["robusta"].categories.get().get_absolute_url()}
    ]
    assert [c["label"] for c in cooperatives] == ["HTX Cà phê Ea Tu"]
    assert query_of(data["search"]["url"]) == {"q": ["ca p"]}


def test_suggestions_need_two_letters(shop, client):
    assert client.get(reverse("search:suggest"), {"q": "c"}).json()["groups"] == []


def test_suggestions_list_names_that_begin_with_the_typed_words_first(
    shop, client, committed, search_index
):
    with committed():
        for _ in range(3):
            ProductFactory(
                title="Mật ong hoa cà phê",
                cooperative=shop["robusta"].cooperative,
                ocop_stars=5,
                stockrecord__num_in_stock=500,
            )
    search_index.refresh()
    response = client.get(reverse("search:suggest"), {"q": "ca phe"})
    products = response.json()["groups"][0]["items"]
    assert [item["label"] for item in products][:2] == [
        "Cà phê Arabica Cầu Đất",
        "Cà phê Robusta rang xay",
    ]


ODD_QUERIES = [
    "!!!",
    "???",
    "*",
    '"',
    "\\",
    "&&",
    "ca_phe",
    "🍯 mật ong",
    "<script>alert(1)</script>",
    "a" * 300,
    "cà phê " * 60,
    "AND OR NOT",
    "price:>100",
    "100%",
    "\u0301",  # a tone mark on its own: folds to nothing
    " \u0301\u0300 ",
]


@pytest.mark.parametrize("typed", ODD_QUERIES)
def test_whatever_is_typed_the_search_page_and_suggestions_answer(shop, client, typed):
    response = client.get(SEARCH, {"q": typed})
    assert response.status_code == 200
    assert response.context["search_unavailable"] is False  # answered, not rejected
    assert client.get(reverse("search:suggest"), {"q": typed}).status_code == 200


def test_a_chosen_province_nothing_else_matches_stays_in_its_group(shop, client):
    # 5 stars leaves only Hà Nội's coffee: Đắk Lắk counts nothing, yet a shopper who chose it
    # finds it ticked in its group, to untick it there.
    response = client.get(SEARCH, {"q": "ca phe", "ocop": 5, "province": DAK_LAK})
    assert card_ids(response) == []
    provinces = facet(response, "province")
    assert [(o.label, o.count, o.selected) for o in provinces.options] == [
        ("Hà Nội", 1, False),
        ("Đắk Lắk", 0, True),
    ]
    assert query_of(provinces.options[1].url) == {"q": ["ca phe"], "ocop": ["5"]}
