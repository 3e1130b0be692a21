"""What `manage.py load_demo_data` leaves behind: the catalogue, cooperatives, accounts, pages."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from oscar.core.loading import get_model
from PIL import Image
from wagtail.models import Page, Site

from catalogue.models import Product
from cms.models import HomePage, NewsPage
from cooperatives.models import Cooperative
from cooperatives.selectors import cooperative_for_user
from demo import data

StockRecord = get_model("partner", "StockRecord")
ProductRecord = get_model("analytics", "ProductRecord")

PRODUCTS = 40


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The demo's output, loaded once for the module while Elasticsearch is unreachable (nothing
    listens on port 9); the data is rolled back after the module's tests."""
    output = StringIO()
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        override_settings(DEBUG=True, SEARCH_ENABLED=True, ELASTICSEARCH_URL="http://127.0.0.1:9"),
    ):
        call_command("load_demo_data", products=PRODUCTS, stdout=output, stderr=output)
        yield output.getvalue()
        transaction.set_rollback(True)


pytestmark = pytest.mark.usefixtures("loaded", "db")


def test_products_option_sets_the_catalogue_size():
    assert Product.objects.count() == PRODUCTS
    assert StockRecord.objects.filter(price_currency="VND").count() == PRODUCTS
    assert ProductRecord.objects.filter(num_purchases__gt=0).exists()


def test_each_product_comes_from_its_cooperatives_province_with_a_picture():
    for product in Product.objects.select_related("cooperative").prefetch_related("images"):
        stockrecord = product.stockrecords.get()
        assert product.origin_province == product.cooperative.province
        assert product.origin_commune == product.cooperative.commune
        assert stockrecord.partner_id == product.cooperative.partner_id
        assert stockrecord.price % 1000 == 0
        with default_storage.open(product.images.get().original.name) as file:
            assert Image.open(file).size == (800, 800)


def test_products_pass_model_validation():
    for product in Product.objects.all():
        product.full_clean()


def test_cooperatives_span_provinces_and_every_status():
    approved = Cooperative.objects.approved()
    statuses = set(Cooperative.objects.values_list("status", flat=True))

    assert approved.values("province").distinct().count() >= 8
    assert statuses == {"approved", "pending", "suspended"}
    for cooperative in Cooperative.objects.all():
        cooperative.full_clean()
        assert cooperative.logo and cooperative.cover_image


def test_home_page_is_the_default_sites_root_with_featured_products(client):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    featured = next(block for block in home.body if block.block_type == "featured_products")

    assert isinstance(home, HomePage)
    assert HomePage.objects.count() == 1
    assert len(featured.value["products"]) == data.HOME_PAGE["featured_products_count"]
    assert home.hero_image is not None
    assert not Page.objects.filter(title__startswith="Welcome").exists()
    assert NewsPage.objects.live().filter(image__isnull=False).count() == len(data.NEWS)
    assert client.get("/").status_code == 200


def test_province_staff_can_log_in_to_oscars_dashboard_and_wagtails_admin(client):
    assert client.login(username=data.STAFF.email, password=data.STAFF.password)
    assert client.get("/dashboard/").status_code == 200
    assert client.get("/cms-admin/").status_code == 200


def test_seller_logs_in_as_one_of_the_cooperatives_sellers(client):
    seller = get_user_model().objects.get(email=data.SELLER.email)

    assert client.login(username=data.SELLER.email, password=data.SELLER.password)
    assert cooperative_for_user(user=seller).slug == data.SELLER_COOPERATIVE
    assert seller.has_perm("partner.dashboard_access")


def test_shopper_logs_in_without_staff_rights(client):
    shopper = get_user_model().objects.get(email=data.SHOPPER.email)

    assert client.login(username=data.SHOPPER.email, password=data.SHOPPER.password)
    assert not shopper.is_staff


def test_output_prints_the_three_accounts(loaded):
    for account in data.ACCOUNTS:
        assert f"{account.email:<24} {account.password}" in loaded


def test_search_index_rebuild_is_attempted_and_its_failure_only_warns(loaded):
    assert "Search index: rebuilding" in loaded
    assert "Search index not rebuilt" in loaded
    assert "Demo data loaded" in loaded
