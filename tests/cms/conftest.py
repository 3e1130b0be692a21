import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images.models import Image as WagtailImage

from tests.factories import UserFactory, site_home_create

PROVINCE_STAFF = "Province staff"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail's site root paths and our site settings live in the cache: start each test clean."""
    cache.clear()
    yield
    cache.clear()


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def jpeg(width: int = 1200, height: int = 800, colour=(40, 120, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def wagtail_image():
    def make(title="Đồi chè"):
        return WagtailImage.objects.create(
            title=title, file=ImageFile(io.BytesIO(jpeg()), name="photo.jpg")
        )

    return make


@pytest.fixture
def home_page():
    return site_home_create(title="Trang chủ", slug="trang-chu", hero_title="Chợ HTX")


@pytest.fixture
def staff_user():
    """A province staff member as the data migration sets the group up (not a superuser)."""
    user = UserFactory(email="canbo@example.vn", is_staff=True)
    user.groups.add(Group.objects.get(name=PROVINCE_STAFF))
    return user


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


def product_photo(product, size: int = 300):
    from django.core.files.base import ContentFile
    from oscar.core.loading import get_model

    photo = get_model("catalogue", "ProductImage")(product=product, display_order=0)
    photo.original.save("photo.jpg", ContentFile(jpeg(size, size)), save=True)
    return photo
