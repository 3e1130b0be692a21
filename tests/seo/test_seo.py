"""sitemap.xml, robots.txt, canonical addresses, clean descriptions, Open Graph and JSON-LD."""

import json
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from oscar.test.factories import ProductReviewFactory

from cms.models import InformationPage
from cooperatives.models import Cooperative
from tests.cms.conftest import product_photo
from tests.factories import CooperativeFactory, ProductFactory, site_home_create
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page():
    return site_home_create(title="Chợ HTX", slug="cho-htx", hero_title="Chợ HTX")


SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def entries(response, tag: str) -> dict[str, str | None]:
    """The sitemap's (or index's) locations and their lastmod."""
    root = ElementTree.fromstring(response.content)
    return {
        entry.findtext("s:loc", namespaces=SITEMAP_NS): entry.findtext(
            "s:lastmod", namespaces=SITEMAP_NS
        )
        for entry in root.findall(f"s:{tag}", SITEMAP_NS)
    }


def json_ld(html) -> list[dict]:
    return [json.loads(s.string) for s in html.select('script[type="application/ld+json"]')]


def of_type(items, kind) -> dict:
    return next(item for item in items if item["@type"] == kind)


def test_sitemap_index_lists_sections_with_lastmod(client, home_page):
    ProductFactory()

    index = entries(client.get("/sitemap.xml"), "sitemap")

    assert list(index) == [
        f"http://testserver/sitemap-{section}.xml"
        for section in ("pages", "products", "categories", "cooperatives")
    ]
    assert index["http://testserver/sitemap-products.xml"]
    assert index["http://testserver/sitemap-cooperatives.xml"]


def test_sitemap_lists_products_cooperatives_and_pages(client, home_page):
    product = ProductFactory()
    hidden = ProductFactory(is_public=False)
    pending = CooperativeFactory(status=Cooperative.Status.PENDING)
    about = home_page.add_child(
        instance=InformationPage(title="Giới thiệu", slug="gioi-thieu", body="x")
    )

    def urls(section):
        return entries(client.get(f"/sitemap-{section}.xml"), "url")

    products = urls("products")
    assert list(products) == [f"http://testserver{product.get_absolute_url()}"]
    assert products[f"http://testserver{product.get_absolute_url()}"]  # lastmod
    assert f"http://testserver{hidden.get_absolute_url()}" not in products
    cooperatives = urls("cooperatives")
    assert f"http://testserver{product.cooperative.get_absolute_url()}" in cooperatives
    assert f"http://testserver{pending.get_absolute_url()}" not in cooperatives
    assert about.get_full_url() in urls("pages")  # on the Wagtail site's own host
    category = product.categories.get()
    assert f"http://testserver{category.get_absolute_url()}" in urls("categories")


def test_sitemap_products_are_split_into_pages(client, home_page, monkeypatch):
    from cms.sitemaps import ProductSitemap

    monkeypatch.setattr(ProductSitemap, "limit", 2)
    for _ in range(3):
        ProductFactory()

    index = entries(client.get("/sitemap.xml"), "sitemap")

    assert [url for url in index if "products" in url] == [
        "http://testserver/sitemap-products.xml",
        "http://testserver/sitemap-products.xml?p=2",
    ]
    assert len(entries(client.get("/sitemap-products.xml", {"p": 2}), "url")) == 1


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /checkout/" in lines and "Disallow: /cms-admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.fixture
def coffee():
    return ProductFactory(
        title="Cà phê bạc xỉu",
        upc="EATU-001",
        description="<p>Hương vị bạc xỉu.</p><p>Sản phẩm của HTX.</p>",
        stockrecord__price=Decimal("125000"),
        categories=["Đồ uống > Cà phê"],
    )


def test_product_json_ld_has_price_currency_availability_and_rating(client, home_page, coffee):
    product_photo(coffee)
    ProductReviewFactory(product=coffee, score=4, status=1)
    ProductReviewFactory(product=coffee, score=5, status=1)
    coffee.refresh_from_db()

    items = json_ld(soup(client.get(coffee.get_absolute_url())))

    product = of_type(items, "Product")
    assert product["name"] == "Cà phê bạc xỉu"
    assert product["sku"] == "EATU-001"
    assert product["offers"]["price"] == "125000"
    assert product["offers"]["priceCurrency"] == "VND"
    assert product["offers"]["availability"] == "https://schema.org/InStock"
    assert product["aggregateRating"]["reviewCount"] == 2
    assert product["aggregateRating"]["ratingValue"] == "4.5"
    assert product["image"][0].startswith("http://testserver/media/")
    crumbs = of_type(items, "BreadcrumbList")["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Chợ HTX", "Đồ uống", "Cà phê", "Cà phê bạc xỉu"]


def test_out_of_stock_product_is_out_of_stock_in_json_ld(client, home_page):
    product = ProductFactory(stockrecord__num_in_stock=0)

    offer = of_type(json_ld(soup(client.get(product.get_absolute_url()))), "Product")["offers"]

    assert offer["availability"] == "https://schema.org/OutOfStock"
    assert "aggregateRating" not in of_type(
        json_ld(soup(client.get(product.get_absolute_url()))), "Product"
    )


def test_json_ld_keeps_user_text_inert(client, home_page):
    product = ProductFactory(title="Mật ong </script><script>alert(1)</script>")

    html = client.get(product.get_absolute_url()).content.decode()

    assert "</script><script>alert(1)" not in html
    product_data = of_type(json_ld(BeautifulSoup(html, "html.parser")), "Product")
    assert product_data["name"] == "Mật ong </script><script>alert(1)</script>"


def test_meta_description_keeps_sentences_apart(client, home_page, coffee):
    html = soup(client.get(coffee.get_absolute_url()))

    description = html.select_one('meta[name="description"]')["content"]
    assert description == "Hương vị bạc xỉu. Sản phẩm của HTX."
    assert html.select_one('meta[property="og:description"]')["content"] == description


def test_product_page_open_graph_and_twitter_use_the_product_picture(client, home_page, coffee):
    product_photo(coffee)

    html = soup(client.get(coffee.get_absolute_url()))

    assert html.select_one('meta[property="og:type"]')["content"] == "product"
    assert html.select_one('meta[property="og:title"]')["content"] == "Cà phê bạc xỉu"
    image = html.select_one('meta[property="og:image"]')["content"]
    assert image.startswith("http://testserver/media/") and image.endswith(".jpg")
    assert html.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"
    assert html.select_one('meta[name="twitter:image"]')["content"] == image


def test_listing_variants_point_to_the_clean_canonical_url(client, home_page, coffee):
    category_url = coffee.categories.get().get_absolute_url()

    plain = soup(client.get(category_url))
    faceted = soup(client.get(category_url, {"ocop_stars": 4, "sort_by": "price-asc"}))
    second = soup(client.get(category_url, {"ocop_stars": 4, "page": 2}))

    canonical = f"http://testserver{category_url}"
    assert plain.select_one('link[rel="canonical"]')["href"] == canonical
    assert faceted.select_one('link[rel="canonical"]')["href"] == canonical
    assert second.select_one('link[rel="canonical"]')["href"] in (canonical, f"{canonical}?page=2")


def test_home_page_has_website_json_ld_with_a_search_action(client, home_page):
    website = of_type(json_ld(soup(client.get("/"))), "WebSite")

    assert website["url"] == "http://testserver/"
    assert website["potentialAction"]["target"]["urlTemplate"] == (
        "http://testserver/search/?q={search_term_string}"
    )


def test_cooperative_profile_has_organization_json_ld(client, home_page):
    cooperative = CooperativeFactory(name="HTX Cà phê Ea Tu", tax_code="6001234567")

    organization = of_type(
        json_ld(soup(client.get(cooperative.get_absolute_url()))), "Organization"
    )

    assert organization["name"] == "HTX Cà phê Ea Tu"
    assert organization["taxID"] == "6001234567"
    assert organization["address"]["addressCountry"] == "VN"
    crumbs = of_type(json_ld(soup(client.get(cooperative.get_absolute_url()))), "BreadcrumbList")[
        "itemListElement"
    ]
    assert [c["name"] for c in crumbs] == ["Chợ HTX", "Hợp tác xã", "HTX Cà phê Ea Tu"]


def test_category_page_has_breadcrumb_json_ld(client, home_page, coffee):
    category = coffee.categories.get()

    crumbs = of_type(json_ld(soup(client.get(category.get_absolute_url()))), "BreadcrumbList")

    assert [c["name"] for c in crumbs["itemListElement"]] == ["Chợ HTX", "Đồ uống", "Cà phê"]
    assert (
        crumbs["itemListElement"][-1]["item"] == f"http://testserver{category.get_absolute_url()}"
    )


def test_sitemap_sections_cost_the_same_queries_for_3_or_30_products(client, home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_with(count: int) -> int:
        for _ in range(count):
            ProductFactory()
        urls = ("/sitemap.xml", "/sitemap-products.xml", "/sitemap-cooperatives.xml")
        for url in urls:  # the first views cache the Wagtail and Django sites
            client.get(url)
        with CaptureQueriesContext(connection) as queries:
            for url in urls:
                client.get(url)
        return len(queries)

    assert queries_with(3) == queries_with(27)
