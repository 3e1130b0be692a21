"""In chromium: a seller adds a listing with a phone photo (EXIF, GPS position); once the
province's staff approve it, the product page shows the photo from its renditions (a srcset
the browser picks from), and the stored photo keeps no EXIF."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from PIL import Image
from playwright.sync_api import expect

from cooperatives.models import StaffProvince
from cooperatives.roles import STAFF_GROUP
from cooperatives.services import cooperative_add_seller, role_group_ensure
from tests.e2e.test_seller_journey import listing_submit, log_in, user_create
from tests.factories import DAK_LAK, CooperativeFactory, ProductClassFactory, site_home_create

from .test_uploads import photo_with_gps

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def sellers_and_staff():
    site_home_create(title="Chợ HTX", slug="cho-htx", hero_title="Đặc sản hợp tác xã")
    create_from_breadcrumbs("Thực phẩm > Mật ong")
    ProductClassFactory(name="Sản phẩm OCOP", slug="san-pham-ocop")
    cooperative = CooperativeFactory(name="HTX Mật ong Krông Bông", province=DAK_LAK)
    cooperative_add_seller(cooperative=cooperative, user=user_create("nguoiban@example.com"))
    staff = user_create("canbo@example.com", is_staff=True, first_name="Cán bộ")
    staff.groups.add(role_group_ensure(name=STAFF_GROUP))
    StaffProvince.objects.create(user=staff, province=DAK_LAK)


def test_a_sellers_phone_photo_is_shown_from_its_renditions_without_its_gps(
    sellers_and_staff, page
):
    log_in(page, "nguoiban@example.com")
    page.goto("/dashboard/catalogue/products/create/san-pham-ocop/")
    page.fill('[name="title"]', "Mật ong rừng Krông Bông")
    page.fill('[name="unit"]', "Chai 500 ml")
    product_url = listing_submit(
        page,
        category="Mật ong",
        picture={
            "name": "ong-rung.jpg",
            "mimeType": "image/jpeg",
            "buffer": photo_with_gps(size=(1600, 1200)),
        },
        stock=("MO-KB-500", "220000", "12"),
    )

    log_in(page, "canbo@example.com")
    page.goto("/dashboard/province/listings/")
    page.get_by_role("link", name="Mật ong rừng Krông Bông").click()
    page.get_by_role("button", name="Duyệt và đăng").click()
    expect(page.locator("body")).to_contain_text("đã được duyệt")

    page.goto("/accounts/logout/")
    page.goto(product_url)
    photo = page.locator("#product_gallery picture img").first
    expect(photo).to_have_attribute("srcset", re.compile(r" 800w$"))
    expect(photo).to_have_attribute("width", "800")
    photo.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=photo.element_handle()
    )
    current = photo.evaluate("img => img.currentSrc")
    assert "/media/renditions/" in current and current.endswith((".avif", ".webp"))

    stored = max(
        Path(settings.MEDIA_ROOT).glob("images/products/*/*/ong-rung*.jpg"),
        key=lambda path: path.stat().st_mtime,
    )
    with Image.open(stored) as image:
        assert not image.getexif() and "exif" not in image.info
