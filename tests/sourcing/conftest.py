"""Sourcing tests: buyers, cooperatives and their rice. Matching runs against the real
Elasticsearch server, with the search tests' per-process indexes."""

import datetime
from decimal import Decimal

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.test.factories import UserFactory

from sourcing import services
from tests.factories import CertificationFactory, CooperativeFactory
from tests.search.conftest import (  # noqa: F401 (fixtures)
    _patient_client,
    committed,
    search_index,
    search_indexes,
)

RICE = "Lương thực > Gạo"
DAK_LAK, GIA_LAI, HA_NOI = 66, 52, 1


def seller_of(cooperative):
    user = UserFactory()
    cooperative.partner.users.add(user)
    return user


def buyer_create(company: str = "Công ty Suất ăn Hoa Sen", **fields):
    user = UserFactory()
    return services.buyer_profile_save(
        user=user,
        company_name=company,
        contact_name="Trần Thị Bếp",
        phone="0912345678",
        email=f"muahang{user.pk}@hoasen.vn",
        **fields,
    )


@pytest.fixture
def vietgap(db):
    return CertificationFactory(code="vietgap", name="VietGAP")


@pytest.fixture
def rice(db):
    return create_from_breadcrumbs(RICE)


@pytest.fixture
def buyer(db):
    return buyer_create()


@pytest.fixture
def request_for_rice(buyer, rice, vietgap):
    """A posted request; its matching is left out (no search index in these tests)."""
    posted = services.request_post(
        buyer=buyer,
        title="Gạo VietGAP cho bếp ăn",
        category=rice,
        quantity=Decimal("2000"),
        unit="kg",
        delivery_province=DAK_LAK,
        needed_by=datetime.date.today() + datetime.timedelta(days=30),
        required_certifications=[vietgap],
    )
    return posted


@pytest.fixture
def two_cooperatives(db):
    return CooperativeFactory(name="HTX Lúa gạo Krông Ana"), CooperativeFactory(
        name="HTX Gạo sạch Ea Súp", phone="+84905999888"
    )
