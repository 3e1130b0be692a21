import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory, site_home_create
from tests.html import jpeg

PROVINCE_STAFF = "Province staff"


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
