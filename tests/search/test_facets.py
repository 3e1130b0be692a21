"""Facet counts against the database, filters that combine, the drill-down by category."""

from decimal import Decimal

import pytest
from django.db.models import Count

from catalogue.models import Category, Product
from search.selectors import ProductQuery, product_search
from tests.factories import (
    DAK_LAK,
    HA_NOI,
    CertificationFactory,
    CooperativeFactory,
    ProductFactory,
)


@pytest.fixture
def shop(search_index, committed):
    """Eight products: two provinces, three cooperatives, stars, certifications, prices."""
    vietgap = CertificationFactory(code="vietgap", name="VietGAP")
    organic = CertificationFactory(code="huu-co", name="Hữu cơ")
    ea_tu = CooperativeFactory(name="HTX Ea Tu", slug="htx-ea-tu", province=DAK_LAK)
    krong_pac = CooperativeFactory(name="HTX Krông Pắc", slug="htx-krong-pac", province=DAK_LAK)
    me_linh = CooperativeFactory(
        name="HTX Mê Linh", slug="htx-me-linh", province=HA_NOI, commune=None
    )
    rows = [
        (ea_tu, 4, [vietgap], "90000", "Đồ uống > Cà phê"),
        (ea_tu, 5, [vietgap, organic], "150000", "Đồ uống > Cà phê"),
        (ea_tu, 3, [], "210000", "Đồ uống > Cà phê"),
        (krong_pac, 4, [organic], "120000", "Đồ uống > Trà"),
        (krong_pac, None, [], "600000", "Mật ong"),
        (me_linh, 4, [vietgap], "45000", "Đồ uống > Trà"),
        (me_linh, 5, [], "180000", "Mật ong"),
        (me_linh, 3, [organic], "99000", "Nông sản > Gạo"),
    ]
    with committed():
        for coop, stars, certs, price, category in rows:
            ProductFactory(
                cooperative=coop,
                ocop_stars=stars,
                certifications=certs,
                stockrecord__price=Decimal(price),
                categories=[category],
            )
        ProductFactory(is_public=False, cooperative=ea_tu)  # never counted
    search_index.refresh()
    return {"ea_tu": ea_tu, "krong_pac": krong_pac, "me_linh": me_linh}


def db_counts(products, field):
    rows = products.order_by().values(field).annotate(n=Count("pk", distinct=True))
    return {row[field]: row["n"] for row in rows if row[field] is not None}


def test_facet_counts_match_the_database(shop):
    results = product_search(query=ProductQuery())
    public = Product.objects.filter(is_public=True)
    assert results.total == public.count() == 8
    assert results.facets["province"] == db_counts(public, "origin_province")
    assert results.facets["ocop"] == db_counts(public, "ocop_stars")
    assert results.facets["cooperative"] == db_counts(public, "cooperative")
    assert results.facets["certification"] == db_counts(public, "certifications__code")
    assert results.facets["price"] == {
        "0-100000": 3,
        "100000-200000": 3,
        "200000-500000": 1,
        "500000-": 1,
    }
    assert results.facets["category"] == {
        category.pk: count
        for category in Category.objects.all()
        if (
            count := public.filter(categories__in=category.get_descendants_and_self())
            .distinct()
            .count()
        )
    }


def test_values_of_one_facet_combine_with_or_and_facets_with_and(shop):
    query = ProductQuery(filters={"province": (DAK_LAK,), "ocop": (4, 5)})
    results = product_search(query=query)
    expected = Product.objects.filter(
        is_public=True, origin_province=DAK_LAK, ocop_stars__in=[4, 5]
    )
    assert sorted(results.ids) == sorted(expected.values_list("pk", flat=True))
    assert results.total == 3


def test_a_facet_still_counts_its_other_values_once_one_is_chosen(shop):
    results = product_search(query=ProductQuery(filters={"province": (HA_NOI,), "ocop": (4,)}))
    assert results.total == 1
    # Provinces are counted among 4-star products, whatever province is chosen ...
    assert results.facets["province"] == {DAK_LAK: 2, HA_NOI: 1}
    # ... and stars among Hà Nội's products.
    assert results.facets["ocop"] == {3: 1, 4: 1, 5: 1}


def test_price_ranges_and_certifications_filter(shop):
    results = product_search(
        query=ProductQuery(filters={"price": ("100000-200000",), "certification": ("huu-co",)})
    )
    prices = Product.objects.filter(pk__in=results.ids).values_list(
        "stockrecords__price", flat=True
    )
    assert sorted(prices) == [Decimal("120000"), Decimal("150000")]


def test_a_category_includes_its_subcategories(shop):
    drinks = Category.objects.get(name="Đồ uống")
    results = product_search(query=ProductQuery(within_category=drinks.pk))
    assert results.total == 5
    results = product_search(query=ProductQuery(filters={"category": (drinks.pk,)}))
    assert results.total == 5


def test_filtering_by_cooperative(shop):
    results = product_search(query=ProductQuery(filters={"cooperative": (shop["me_linh"].pk,)}))
    assert results.total == 3
