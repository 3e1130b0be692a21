"""A shopper's journey through the storefront, in a real browser."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser import add_to_basket
from tests.factories import (
    CertificationFactory,
    CooperativeFactory,
    ProductFactory,
    site_home_create,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

OCOP_FOUR_STARS = re.compile(r"4\s*(★|sao|stars?)|(?<!★)★{4}(?!★)", re.IGNORECASE)


@pytest.fixture
def storefront():
    """A home page featuring one product of an approved cooperative, as the default site root."""
    cooperative = CooperativeFactory(
        name="HTX Nông nghiệp Dịch vụ Cà phê Ea Tu", slug="htx-ca-phe-ea-tu"
    )
    product = ProductFactory(
        title="Cà phê Robusta rang xay Ea Tu",
        cooperative=cooperative,
        ocop_stars=4,
        certifications=[CertificationFactory()],
        stockrecord__price=Decimal("125000"),
        categories=["Đồ uống > Cà phê"],
    )
    site_home_create(
        title="Chợ HTX",
        slug="cho-htx",
        hero_title="Đặc sản hợp tác xã",
        body=[("featured_products", {"heading": "Sản phẩm nổi bật", "products": [product]})],
    )
    return {
        "product": product,
        "product_url": product.get_absolute_url(),
        "origin": [product.origin_commune_name, product.origin_province_short_name],
        "cooperative_url": reverse("cooperatives:detail", kwargs={"slug": cooperative.slug}),
        "basket_add_url": reverse("basket:add", kwargs={"pk": product.pk}),
    }


def test_shopper_finds_a_cooperative_product_and_puts_it_in_the_basket(storefront, page):
    product = storefront["product"]

    response = page.goto("/")
    assert response.status == 200
    expect(page.locator(f'main a[href="{storefront["product_url"]}"]').first).to_be_visible()

    page.goto("/cooperatives/")
    page.locator(f'main a[href="{storefront["cooperative_url"]}"]').first.click()
    expect(page).to_have_url(re.compile(re.escape(storefront["cooperative_url"]) + "$"))
    page.locator(f'main a[href="{storefront["product_url"]}"]').first.click()

    expect(page).to_have_url(re.compile(re.escape(storefront["product_url"]) + "$"))
    main = page.locator("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(product.title)
    expect(main).to_contain_text("OCOP")
    expect(main).to_contain_text(OCOP_FOUR_STARS)
    for place in storefront["origin"]:
        expect(main).to_contain_text(place)

    add_to_basket(page, f'main form[action="{storefront["basket_add_url"]}"]')

    page.goto(reverse("basket:summary"))
    expect(page.locator(f'main a[href="{storefront["product_url"]}"]').first).to_be_visible()
    expect(page.locator('input[name="form-0-quantity"]')).to_have_value("1")
