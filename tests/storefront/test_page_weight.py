"""Storefront pages load only the site's own CSS and small deferred scripts: no Bootstrap CSS,
jQuery, Bootstrap bundle or Oscar's ui.js. The dashboard keeps them, since its widgets need them.
(Transfer sizes are measured by benchmarks/lighthouse.py.)"""

import pytest
from django.urls import reverse

from tests.factories import CooperativeFactory, ProductFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

HEAVY = ("oscar/css/styles.css", "jquery", "bootstrap", "oscar/js/oscar/ui.js", "font-awesome")


@pytest.fixture
def product():
    return ProductFactory(cooperative=CooperativeFactory(), title="Cà phê Robusta Đắk Lắk")


@pytest.fixture(params=["home", "search", "product", "cooperative", "basket", "login", "account"])
def storefront_page(request, client, settings, home_page, product, django_user_model):
    settings.SEARCH_ENABLED = False  # the database fallback renders the same results page
    if request.param == "account":
        client.force_login(django_user_model.objects.create_user("an", "an@example.vn", "x"))
    if request.param == "basket":
        client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    return {
        "home": home_page.url,
        "search": reverse("search:search") + "?q=ca+phe",
        "product": product.get_absolute_url(),
        "cooperative": product.cooperative.get_absolute_url(),
        "basket": reverse("basket:summary"),
        "login": reverse("customer:login"),
        "account": reverse("customer:profile-view"),
    }[request.param]


def assets(html) -> list[str]:
    return [tag["href"] for tag in html.select("link[rel=stylesheet]")] + [
        tag["src"] for tag in html.select("script[src]")
    ]


def test_storefront_pages_load_no_bootstrap_jquery_or_oscar_ui(client, storefront_page):
    response = client.get(storefront_page)

    assert response.status_code == 200
    html = soup(response)
    loaded = assets(html)
    assert "/static/css/shop.css" in loaded
    assert not [url for url in loaded if any(name in url for name in HEAVY)]
    assert "$(" not in " ".join(script.get_text() for script in html.select("script:not([src])"))


def test_storefront_scripts_are_deferred_and_inline_ones_carry_the_nonce(client, storefront_page):
    html = soup(client.get(storefront_page))

    assert html.select_one('script[src="/static/js/shop.js"][defer]')
    assert not html.select("script[src]:not([defer])")
    inline = html.select("script:not([src]):not([type='application/ld+json'])")
    assert inline and all(script.get("nonce") for script in inline)


def test_storefront_preloads_only_the_regular_weight_of_the_font(client, storefront_page):
    html = soup(client.get(storefront_page))

    preloaded = [tag["href"] for tag in html.select("link[rel=preload][as=font]")]
    assert sorted(preloaded) == [
        "/static/vendor/be-vietnam-pro/be-vietnam-pro-latin-400-normal.woff2",
        "/static/vendor/be-vietnam-pro/be-vietnam-pro-vietnamese-400-normal.woff2",
    ]


def test_the_dashboard_keeps_bootstrap_and_jquery(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("staff", "s@example.vn", "x"))

    html = soup(client.get(reverse("dashboard:index")))

    loaded = assets(html)
    assert "/static/oscar/css/dashboard.css" in loaded
    assert "/static/oscar/js/jquery/jquery.min.js" in loaded
    assert "/static/oscar/js/bootstrap4/bootstrap.bundle.min.js" in loaded
    assert "/static/oscar/js/oscar/dashboard.js" in loaded
    onload = [s for s in html.select("script[nonce]:not([src])") if "$(function" in s.get_text()]
    assert onload and "oscar.dashboard.init(" in onload[0].get_text()
    assert "/static/css/shop.css" not in loaded
