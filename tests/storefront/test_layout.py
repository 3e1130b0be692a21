"""The layout every storefront page shares, Oscar's and Wagtail's alike."""

import itertools
import unicodedata

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ProductFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

PAGES = ["/cooperatives/", "/basket/", "/accounts/login/", "home", "news"]


@pytest.fixture(params=PAGES)
def page_url(request, home_page, news_index):
    return {"home": home_page.url, "news": news_index.url}.get(request.param, request.param)


def test_every_page_has_landmarks_a_skip_link_and_one_main_heading(client, page_url):
    html = soup(client.get(page_url))

    assert html.select_one("a.skip-link")["href"] == "#main"
    assert html.select_one("main")["id"] == "main"
    assert html.select_one("body > header.site-header")
    assert html.select_one("body > footer.site-footer")
    assert len(html.select("nav[aria-label]")) >= 2
    assert len(html.select("main h1")) == 1


def test_every_page_has_the_search_box_the_suggestions_enhance(client, page_url):
    html = soup(client.get(page_url))

    form = html.select_one("form.site-search")
    assert form["action"] == reverse("search:search")
    assert form["method"] == "get"
    assert form["role"] == "search"
    assert form["data-suggest-url"] == reverse("search:suggest")
    box = form.select_one("input#site-search-q")
    assert (box["type"], box["name"], box["autocomplete"]) == ("search", "q", "off")
    assert form.select_one('label[for="site-search-q"]').get_text(strip=True)
    assert form.select_one('button[type="submit"]')
    assert html.select_one('script[src="/static/search/suggest.js"][defer]')


def test_every_page_offers_vietnamese_and_english(client, page_url):
    html = soup(client.get(page_url))

    form = html.select_one(f'footer form[action="{reverse("set_language")}"]')
    assert form["method"] == "post"
    assert form.select_one('input[name="csrfmiddlewaretoken"]')
    assert form.select_one('input[name="next"]')["value"] == page_url
    buttons = form.select('button[name="language"]')
    options = {b["value"]: unicodedata.normalize("NFC", b.get_text(strip=True)) for b in buttons}
    assert options == {"vi": "Tiếng Việt", "en": "English"}


def test_the_page_speaks_vietnamese_first(client, home_page):
    html = soup(client.get("/cooperatives/"))

    assert html.html["lang"] == "vi"
    assert html.select_one('footer button[value="vi"]')["aria-pressed"] == "true"
    assert "Tất cả sản phẩm" in html.select_one("nav.main-nav").get_text()


def test_switching_to_english_shows_english(client, home_page):
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "/cooperatives/"}, follow=True
    )

    html = soup(response)
    assert response.redirect_chain[-1][0] == "/cooperatives/"
    assert html.html["lang"] == "en"
    assert html.select_one('footer button[value="en"]')["aria-pressed"] == "true"
    assert "All products" in html.select_one("nav.main-nav").get_text()
    assert html.select_one("main h1").get_text(strip=True) == "Cooperatives"


def test_the_menu_lists_top_level_categories_cooperatives_and_news(client, news_index):
    ProductFactory(categories=["Đồ uống > Cà phê", "Thực phẩm > Mật ong"])

    links = {
        a.get_text(strip=True): a["href"]
        for a in soup(client.get("/cooperatives/")).select("nav.main-nav a")
    }

    assert links["Đồ uống"].startswith("/catalogue/category/")
    assert "Thực phẩm" in links
    assert "Cà phê" not in links
    assert links["Hợp tác xã"] == reverse("cooperatives:list")
    assert links["Tin tức"] == news_index.url


@pytest.mark.usefixtures("page_cache_off")
def test_the_menu_and_the_footer_share_one_lookup_of_the_news_index(client, news_index):
    with CaptureQueriesContext(connection) as queries:
        html = soup(client.get("/cooperatives/"))

    lookups = [q["sql"] for q in queries.captured_queries if "cms_newsindexpage" in q["sql"]]
    assert len(lookups) == 1
    assert html.select_one(f'nav.main-nav a[href="{news_index.url}"]')
    assert html.select_one(f'footer a[href="{news_index.url}"]')


def test_the_basket_link_counts_the_items_in_the_basket(client):
    product = ProductFactory()
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 3})

    link = soup(client.get("/cooperatives/")).select_one(
        f'header a[href="{reverse("basket:summary")}"]'
    )

    assert link.select_one("[data-basket-count]").get_text(" ", strip=True).startswith("3")


def test_no_script_or_stylesheet_comes_from_another_site(client, home_page):
    html = soup(client.get(home_page.url))

    sources = [tag["src"] for tag in html.select("script[src]")]
    sources += [tag["href"] for tag in html.select("link[href]:not([rel=canonical])")]
    assert sources
    assert all(source.startswith("/") for source in sources)


def test_a_missing_page_is_shown_in_the_shop_layout(client, home_page, settings):
    settings.DEBUG = False

    response = client.get("/no-such-page/")

    html = soup(response)
    assert response.status_code == 404
    assert html.select_one("header form.site-search")
    assert html.select_one("main h1").get_text(strip=True)
    assert html.select_one(f'main a[href="{home_page.url}"]')


@pytest.fixture
def shop_pages(home_page, news_index):
    coffee, honey = ProductFactory.create_batch(2)
    home_page.body = [("featured_products", {"heading": "Nổi bật", "products": [coffee, honey]})]
    home_page.save()
    return [
        home_page.url,
        news_index.url,
        reverse("cooperatives:list"),
        coffee.cooperative.get_absolute_url(),
        coffee.get_absolute_url(),
    ]


def test_pages_have_unique_ids_ordered_headings_sized_images_and_labelled_fields(
    client, shop_pages
):
    for url in shop_pages:
        html = soup(client.get(url))

        ids = [tag["id"] for tag in html.select("[id]")]
        assert len(ids) == len(set(ids)), url
        levels = [int(tag.name[1]) for tag in html.select("h1, h2, h3, h4, h5, h6")]
        assert levels.count(1) == 1, url
        assert all(after - before <= 1 for before, after in itertools.pairwise(levels)), url
        for image in html.select("img"):
            assert image.has_attr("alt") and image.get("width") and image.get("height"), url
        labelled = {label["for"] for label in html.select("label[for]")}
        fields = html.select("input:not([type=hidden]), select, textarea")
        assert all(field["id"] in labelled for field in fields), url
