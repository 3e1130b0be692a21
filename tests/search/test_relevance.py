"""Vietnamese relevance: accent-free queries, exact accents first, typos, boosts."""

from decimal import Decimal

import pytest

from search.selectors import ProductQuery, product_search
from tests.factories import CooperativeFactory, ProductFactory


def titles(text: str, **query) -> list[str]:
    from catalogue.models import Product

    results = product_search(query=ProductQuery(text=text, **query))
    by_id = dict(Product.objects.filter(pk__in=results.ids).values_list("pk", "title"))
    return [by_id[pk] for pk in results.ids]


@pytest.fixture
def catalogue(search_index, committed):
    coffee_coop = CooperativeFactory(name="HTX Nông nghiệp Dịch vụ Ea Tu")
    with committed():
        ProductFactory(
            title="Cà phê Robusta rang xay Buôn Ma Thuột",
            description="Hạt Robusta rang mộc, xay vừa, hợp pha phin.",
            cooperative=coffee_coop,
            categories=["Đồ uống > Cà phê"],
        )
        ProductFactory(
            title="Mật ong rừng U Minh",
            description="Mật ong nguyên chất từ rừng tràm.",
            categories=["Mật ong & sản phẩm từ ong"],
        )
        ProductFactory(
            title="Nước mắm Phú Quốc 40 độ đạm",
            description="Ủ chượp cá cơm trong thùng gỗ.",
            categories=["Gia vị & nước chấm > Nước mắm"],
        )
        ProductFactory(title="Gạo ST25 Sóc Trăng", categories=["Nông sản > Gạo"])
        ProductFactory(title="Gáo dừa mỹ nghệ", categories=["Thủ công mỹ nghệ"])
        ProductFactory(title="Trà Shan tuyết cổ thụ", categories=["Đồ uống > Trà"])
    search_index.refresh()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ca phe", "Cà phê Robusta rang xay Buôn Ma Thuột"),
        ("mat ong", "Mật ong rừng U Minh"),
        ("nuoc mam", "Nước mắm Phú Quốc 40 độ đạm"),
        ("nuoc mam phu quoc", "Nước mắm Phú Quốc 40 độ đạm"),
        ("tra shan tuyet", "Trà Shan tuyết cổ thụ"),
    ],
)
def test_a_query_without_accents_finds_the_accented_product(catalogue, typed, expected):
    assert titles(typed) == [expected]


def test_an_accented_query_ranks_exact_accents_first(catalogue):
    # "gạo" (rice) and "gáo" (a coconut-shell ladle) both fold to "gao".
    assert titles("gạo") == ["Gạo ST25 Sóc Trăng", "Gáo dừa mỹ nghệ"]
    assert titles("gáo") == ["Gáo dừa mỹ nghệ", "Gạo ST25 Sóc Trăng"]


@pytest.mark.parametrize("typed", ["cafe phee", "ca phee", "caphe", "coffee"])
def test_typos_and_loanwords_still_find_ca_phe(catalogue, typed):
    assert titles(typed) == ["Cà phê Robusta rang xay Buôn Ma Thuột"]


def test_typo_tolerance_is_used_only_when_the_exact_words_find_nothing(catalogue):
    assert not product_search(query=ProductQuery(text="mat ong")).typo_tolerant
    assert product_search(query=ProductQuery(text="mat ongg")).typo_tolerant


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("nuoc mam phu q", "Nước mắm Phú Quốc 40 độ đạm"), ("tra shan t", "Trà Shan tuyết cổ thụ")],
)
def test_a_submitted_half_typed_last_word_is_read_as_the_start_of_a_word(
    catalogue, typed, expected
):
    assert titles(typed) == [expected]


def test_did_you_mean_is_offered_when_nothing_is_found(catalogue):
    results = product_search(query=ProductQuery(text="mat onggg"))
    assert results.total == 0
    assert results.suggestion == "mat ong"


def test_every_word_must_match(catalogue):
    assert titles("mat ong phu quoc") == []


def test_matches_are_highlighted_in_the_description(catalogue):
    results = product_search(query=ProductQuery(text="ca phe"))
    assert results.highlights == {}  # "cà phê" is in the title only
    results = product_search(query=ProductQuery(text="rang moc"))
    (snippet,) = results.highlights.values()
    assert "<mark>rang</mark> <mark>mộc</mark>" in snippet


def test_markup_around_the_highlights_is_escaped(search_index, committed):
    # The snippet is marked safe for the template: only the <mark> tags may be markup.
    with committed():
        ProductFactory(
            title="Mật ong",
            description="<p>Rừng tràm &lt;script&gt;alert(1)&lt;/script&gt;</p>",
        )
    search_index.refresh()
    (snippet,) = product_search(query=ProductQuery(text="mat ong rung")).highlights.values()
    assert "<mark>Rừng</mark> tràm &lt;script&gt;" in snippet
    assert "<script>" not in snippet


def test_a_name_match_ranks_above_a_description_match(search_index, committed):
    with committed():
        ProductFactory(title="Trà gừng mật ong", description="Trà gừng túi lọc.")
        ProductFactory(title="Mật ong hoa cà phê", description="Mật ong từ rẫy Đắk Lắk.")
        ProductFactory(title="Bột ngũ cốc", description="Pha với mật ong hoặc sữa.")
    search_index.refresh()
    assert titles("mat ong")[-1] == "Bột ngũ cốc"


def test_in_stock_ocop_rated_best_sellers_rank_first(search_index, committed):
    from oscar.core.loading import get_model

    ProductRecord = get_model("analytics", "ProductRecord")
    with committed():
        out_of_stock = ProductFactory(title="Hạt điều rang muối", stockrecord__num_in_stock=0)
        plain = ProductFactory(title="Hạt điều rang muối", ocop_stars=None)
        rated = ProductFactory(title="Hạt điều rang muối", ocop_stars=5)
        best_seller = ProductFactory(title="Hạt điều rang muối", ocop_stars=5)
        ProductRecord.objects.create(product=best_seller, num_purchases=500)
        best_seller.save()
    search_index.refresh()
    results = product_search(query=ProductQuery(text="hat dieu"))
    assert results.ids == [best_seller.pk, rated.pk, plain.pk, out_of_stock.pk]


def test_sorting_by_price(search_index, committed):
    with committed():
        for price in ("90000", "250000", "125000"):
            ProductFactory(title=f"Tiêu Chư Sê {price}", stockrecord__price=Decimal(price))
    search_index.refresh()
    assert titles("tieu", sort="price-asc") == [
        "Tiêu Chư Sê 90000",
        "Tiêu Chư Sê 125000",
        "Tiêu Chư Sê 250000",
    ]
    assert titles("tieu", sort="price-desc")[0] == "Tiêu Chư Sê 250000"
