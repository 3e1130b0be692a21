import datetime
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.test.factories import UserFactory
from PIL import Image

from cooperatives.models import Cooperative
from tests.factories import CertificationFactory, CooperativeFactory, ProductFactory
from traceability import services

GTIN_13 = "8934567890120"  # a valid check digit


def photo(name: str = "buoc.jpg", size=(640, 480)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (60, 140, 70)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def seller_of(cooperative: Cooperative):
    user = UserFactory()
    cooperative.partner.users.add(user)
    return user


@pytest.fixture
def cooperative(db):
    return CooperativeFactory(
        name="HTX Nông nghiệp Buôn Đôn",
        tax_code="6001234567",
        street_address="Thôn 3",
        classification=Cooperative.Classification.GOOD,
        classification_year=2024,
    )


@pytest.fixture
def product(cooperative):
    return ProductFactory(
        title="Gạo ST25 hữu cơ Buôn Đôn",
        cooperative=cooperative,
        ocop_stars=4,
        certifications=[CertificationFactory()],
        unit="Túi 5 kg",
        shelf_life_days=365,
    )


@pytest.fixture
def seller(cooperative):
    return seller_of(cooperative)


@pytest.fixture
def lot(product):
    lot = services.lot_create(
        product=product,
        code="LUA-2025-01",
        produced_on=datetime.date(2025, 10, 20),
        expires_on=datetime.date(2026, 10, 20),
        quantity=1200,
        quantity_unit="kg",
        latitude=Decimal("12.8123"),
        longitude=Decimal("107.9012"),
    )
    services.step_add(
        lot=lot, kind="sowing", date=datetime.date(2025, 6, 1), text="Gieo mạ trên ruộng số 4"
    )
    services.step_add(
        lot=lot, kind="harvest", date=datetime.date(2025, 10, 20), text="Thu hoạch bằng máy gặt"
    )
    return lot
