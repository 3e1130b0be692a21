"""The storefront's list pages read what their cards show in a fixed number of queries: one more
cooperative, product or picture on the page adds none."""

from collections.abc import Callable

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import ProductImage
from tests.factories import CertificationFactory, CooperativeFactory, ProductFactory
from tests.html import jpeg

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def cooperative_with_pictures():
    cooperative = CooperativeFactory()
    cooperative.logo.save("logo.jpg", ContentFile(jpeg(300, 300)), save=False)
    cooperative.cover_image.save("cover.jpg", ContentFile(jpeg(900, 400)), save=True)
    return cooperative


def product_with_picture(cooperative):
    product = ProductFactory(cooperative=cooperative, certifications=[CertificationFactory()])
    ProductImage(product=product, display_order=0).original.save(
        "photo.jpg", ContentFile(jpeg(500, 500)), save=True
    )
    return product


def queries(client, url: str) -> int:
    client.get(url)  # the first view makes the thumbnails
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def assert_flat(client, url: Callable[[], str], grow: Callable[[], object]) -> None:
    grow()
    before = queries(client, url())
    grow()
    grow()
    assert queries(client, url()) == before


def test_cooperative_list(client):
    def grow():
        product_with_picture(cooperative_with_pictures())

    assert_flat(client, lambda: "/cooperatives/", grow)


def test_cooperative_profile(client):
    cooperative = cooperative_with_pictures()

    assert_flat(client, cooperative.get_absolute_url, lambda: product_with_picture(cooperative))


def test_home_page_featured_products(client, home_page):
    cooperative = cooperative_with_pictures()
    featured = []

    def grow():
        featured.append(product_with_picture(cooperative))
        home_page.body = [("featured_products", {"heading": "Nổi bật", "products": featured})]
        home_page.save()

    assert_flat(client, lambda: home_page.url, grow)


def test_product_page_as_its_product_gains_pictures_and_certifications(client):
    product = product_with_picture(cooperative_with_pictures())
    added = iter(range(10))

    def grow():
        number = next(added)
        product.certifications.add(CertificationFactory(code=f"chung-nhan-{number}"))
        ProductImage(product=product, display_order=number + 1).original.save(
            f"photo-{number}.jpg", ContentFile(jpeg(500, 500)), save=True
        )

    assert_flat(client, product.get_absolute_url, grow)
