"""Sellers, province staff and their cooperatives, as the seller workspace tests need them."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cooperatives.models import StaffProvince
from cooperatives.roles import STAFF_GROUP
from cooperatives.services import cooperative_add_seller, role_group_ensure
from tests.factories import (
    DAK_LAK,
    HA_NOI,
    CooperativeFactory,
    ProductFactory,
    UserFactory,
)
from tests.html import pdf

HANOI_WARD = 4  # Phường Ba Đình, Hà Nội


def image_bytes(fmt: str = "PNG", size=(400, 400)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 120, 60)).save(buffer, fmt)
    return buffer.getvalue()


def pdf_upload(name: str = "giay-dang-ky.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf())


def staff_create(*, provinces: list[int], email: str):
    user = UserFactory(email=email, username=email, is_staff=True)
    user.groups.add(role_group_ensure(name=STAFF_GROUP))
    for province in provinces:
        StaffProvince.objects.create(user=user, province=province)
    return user


def seller_create(*, cooperative, email: str):
    user = UserFactory(email=email, username=email)
    cooperative_add_seller(cooperative=cooperative, user=user)
    return user


@pytest.fixture
def world(db):
    """Two provinces, a cooperative with a seller and a product in each, staff for each, and a
    shopper."""
    coop_a = CooperativeFactory(name="HTX A Đắk Lắk", slug="htx-a", province=DAK_LAK)
    coop_b = CooperativeFactory(
        name="HTX B Hà Nội", slug="htx-b", province=HA_NOI, commune=HANOI_WARD
    )
    return {
        "coop_a": coop_a,
        "coop_b": coop_b,
        "seller_a": seller_create(cooperative=coop_a, email="seller-a@example.com"),
        "seller_b": seller_create(cooperative=coop_b, email="seller-b@example.com"),
        "product_a": ProductFactory(cooperative=coop_a, title="Cà phê A"),
        "product_b": ProductFactory(cooperative=coop_b, title="Chè B", origin_commune=HANOI_WARD),
        "staff_a": staff_create(provinces=[DAK_LAK], email="canbo-daklak@example.com"),
        "staff_b": staff_create(provinces=[HA_NOI], email="canbo-hanoi@example.com"),
        "shopper": UserFactory(email="khach@example.com", username="khach"),
    }
