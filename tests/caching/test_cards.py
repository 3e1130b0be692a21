"""A product card is rendered once and taken from the cache afterwards; whatever it shows, once
changed, shows on the next request."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.cards import CSRF_PLACEHOLDER, anonymous_strategy_name, card_key
from catalogue.models import ProductImage
from tests.factories import HA_NOI, ProductFactory
from tests.html import jpeg, soup
from traceability.services import lot_create, lot_recall

from .conftest import card

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def test_a_price_change_shows_on_the_next_request(client, product):
    assert "125.000" in card(client, product).get_text()
    assert "125.000" in card(client, product).get_text()  # now from the cache
    stockrecord = product.stockrecords.get()
    stockrecord.price = Decimal("98000")
    stockrecord.save()
    shown = card(client, product).get_text()
    assert "98.000" in shown
    assert "125.000" not in shown


def test_running_out_of_stock_shows_on_the_next_request(client, product):
    assert card(client, product).select_one("form.product-card__form")
    stockrecord = product.stockrecords.get()
    stockrecord.num_in_stock = 0
    stockrecord.save()
    shown = card(client, product)
    assert shown.select_one("form.product-card__form") is None
    assert "Hết hàng" in shown.get_text()


def test_a_renamed_product_shows_on_the_next_request(client, product):
    card(client, product)
    product.title = "Chè móc câu Tân Cương"
    product.save()
    assert card(client, product) is not None


def test_a_new_picture_shows_on_the_next_request(client, product):
    assert card(client, product).select_one(".product-card__media img.is-placeholder")
    ProductImage(product=product, display_order=0).original.save(
        "che.jpg", ContentFile(jpeg(400, 400)), save=True
    )
    assert card(client, product).select_one(".product-card__media img.is-placeholder") is None


def test_the_cooperatives_new_name_and_province_show_on_the_next_request(client, product):
    assert "HTX Chè Tân Cương" in card(client, product).get_text()
    cooperative = product.cooperative
    cooperative.name = "HTX Trà Thái Nguyên"
    cooperative.province = HA_NOI
    cooperative.save()
    shown = card(client, product).get_text()
    assert "HTX Trà Thái Nguyên" in shown
    assert "Hà Nội" in shown


def test_a_recall_of_every_lot_shows_on_the_next_request(client, product):
    lot = lot_create(product=product, code="L2025-01", produced_on=datetime.date(2025, 10, 1))
    assert card(client, product).select_one("form.product-card__form")
    lot_recall(lot=lot, reason="Dư lượng thuốc", recalled_by=None)
    shown = card(client, product)
    assert shown.select_one("form.product-card__form") is None


def test_cards_are_cached_per_language(client, product, settings):
    assert "Thêm vào giỏ" in card(client, product).get_text()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Add to cart" in card(client, product).get_text()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    assert "Thêm vào giỏ" in card(client, product).get_text()


def test_a_warm_page_reads_no_product_for_its_cards(client, product):
    for _number in range(3):
        ProductFactory(cooperative=product.cooperative)
    url = product.cooperative.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert len(soup(client.get(url)).select("article.product-card")) == 4
    read = " ".join(query["sql"] for query in captured)
    assert "partner_stockrecord" not in read
    assert "catalogue_productimage" not in read


def test_the_cached_card_holds_an_empty_csrf_field(client, product):
    card(client, product)
    key = card_key(
        product_id=product.pk,
        language="vi",
        heading_level=3,
        strategy=anonymous_strategy_name(),
    )
    cached = cache.get(key)
    assert CSRF_PLACEHOLDER in cached
    assert cached.count("csrfmiddlewaretoken") == 1
