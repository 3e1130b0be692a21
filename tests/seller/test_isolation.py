"""Isolation, generated from the URL configuration: every dashboard URL (and the applicant's
pages) is requested by each kind of user with another cooperative's or province's object."""

import re

import pytest
from django.urls import URLResolver, get_resolver, reverse
from oscar.test.factories import create_order

from cooperatives.models import CooperativeApplication
from listings.models import ListingRevision
from tests.factories import UserFactory

from .conftest import pdf_upload

pytestmark = pytest.mark.django_db

DUMMY = {
    "pk": 1,
    "parent_pk": 1,
    "parent": 1,
    "number": "1",
    "note_id": 1,
    "line_id": 1,
    "partner_pk": 1,
    "user_pk": 1,
    "method_pk": 1,
    "slug": "x",
    "product_class_slug": "x",
    "document": "business_registration",
}


def _patterns(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if pattern.namespace else namespace
            yield from _patterns(pattern, inner)
        elif pattern.name:
            yield namespace.strip(":"), pattern


def _kwarg_names(pattern) -> list[str]:
    return re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", str(pattern.pattern)) and [
        a or b for a, b in re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", str(pattern.pattern))
    ]


DASHBOARD = sorted(
    {
        pattern.name: pattern for namespace, pattern in _patterns() if namespace == "dashboard"
    }.items()
)
APPLICANT = ["application-detail", "application-document"]


def _url(name: str, pattern, objects: dict) -> str:
    kwargs = {key: objects.get(key, DUMMY[key]) for key in _kwarg_names(pattern)}
    return reverse(f"dashboard:{name}", kwargs=kwargs)


# What a URL's keyword arguments point at when it is asked for another cooperative's object.
PRODUCT_URLS = {"catalogue-product", "catalogue-product-delete", "catalogue-product-create-child"}
ORDER_URLS = {"order-detail", "order-detail-note", "order-line-detail", "order-shipping-address"}
PARTNER_URLS = {name for name, _pattern in DASHBOARD if name.startswith("partner-")}
PROVINCE_URLS = {
    "province-application-detail": "application",
    "province-application-document": "application",
    "province-cooperative-detail": "cooperative",
    "province-revision-detail": "revision",
}


@pytest.fixture
def objects_of_b(world):
    """Cooperative B's objects (in province Q, Hà Nội), by the keyword each URL uses."""
    coop_b = world["coop_b"]
    applicant = UserFactory(email="ung-vien-b@example.com", username="ung-vien-b")
    application = CooperativeApplication.objects.create(
        cooperative=coop_b,
        applicant=applicant,
        representative_id_number="001190001234",
        business_registration=pdf_upload(),
    )
    revision = ListingRevision.objects.create(
        product=world["product_b"], cooperative=coop_b, data={"title": "Chè B mới"}
    )
    from oscar.test.factories import create_basket

    basket = create_basket(empty=True)
    basket.add_product(world["product_b"])
    order = create_order(basket=basket)
    line = order.lines.first()
    return {
        "product": {"pk": world["product_b"].pk, "parent_pk": world["product_b"].pk},
        "order": {"number": order.number, "line_id": line.pk},
        "partner": {"pk": coop_b.partner_id, "partner_pk": coop_b.partner_id},
        "application": {"pk": application.pk},
        "cooperative": {"pk": coop_b.pk},
        "revision": {"pk": revision.pk},
        "application_object": application,
    }


def _objects_for(name: str, objects: dict) -> dict:
    if name in PRODUCT_URLS:
        return objects["product"]
    if name in ORDER_URLS:
        return objects["order"]
    if name in PARTNER_URLS:
        return objects["partner"]
    if name in PROVINCE_URLS:
        return objects[PROVINCE_URLS[name]]
    return {}


def test_every_dashboard_url_sends_anonymous_visitors_to_log_in(client):
    assert len(DASHBOARD) > 80
    for name, pattern in DASHBOARD:
        if name in {"login", "logout"}:
            continue
        response = client.get(_url(name, pattern, {}))
        assert response.status_code == 302, name
        assert "login" in response["Location"], name


def test_a_shopper_gets_403_or_a_redirect_on_every_dashboard_url(client, world):
    client.force_login(world["shopper"])
    for name, pattern in DASHBOARD:
        if name in {"login", "logout"}:
            continue
        response = client.get(_url(name, pattern, {}))
        assert response.status_code in {302, 403}, name


def test_seller_a_gets_404_for_every_object_of_cooperative_b(client, world, objects_of_b):
    client.force_login(world["seller_a"])
    checked = []
    for name, pattern in DASHBOARD:
        if not _kwarg_names(pattern) or name in {"login", "logout"}:
            continue
        response = client.get(_url(name, pattern, _objects_for(name, objects_of_b)))
        # A URL a seller may use answers 404 for another cooperative's object; the others are
        # refused outright.
        assert response.status_code in {403, 404}, name
        if response.status_code == 404:
            checked.append(name)
    assert {"catalogue-product", "catalogue-product-delete"} <= set(checked)


def test_seller_a_can_open_its_own_objects(client, world):
    client.force_login(world["seller_a"])
    url = reverse("dashboard:catalogue-product", kwargs={"pk": world["product_a"].pk})
    assert client.get(url).status_code == 200
    product_list = client.get(reverse("dashboard:catalogue-product-list")).content.decode()
    assert world["product_a"].title in product_list
    assert world["product_b"].title not in product_list
    export = client.get(reverse("dashboard:seller-export")).content.decode()
    assert world["product_a"].title in export and world["product_b"].title not in export


def test_staff_of_province_p_get_404_for_every_object_of_province_q(client, world, objects_of_b):
    client.force_login(world["staff_a"])
    for name, pattern in DASHBOARD:
        if not _kwarg_names(pattern) or name in {"login", "logout"}:
            continue
        response = client.get(_url(name, pattern, _objects_for(name, objects_of_b)))
        expected = {404} if name in PROVINCE_URLS else {403, 404}
        assert response.status_code in expected, name
    for name in (
        "province-application-list",
        "province-cooperative-list",
        "province-revision-list",
        "province-report",
    ):
        page = client.get(reverse(f"dashboard:{name}"), {"status": "all"}).content.decode()
        assert "HTX B Hà Nội" not in page and "Chè B" not in page, name


def test_staff_of_province_q_and_the_platform_admin_see_them(client, world, objects_of_b):
    admin = UserFactory(email="admin@example.com", username="admin", is_staff=True)
    admin.is_superuser = True
    admin.save()
    for user in (world["staff_b"], admin):
        client.force_login(user)
        for name, kind in PROVINCE_URLS.items():
            pattern = dict(DASHBOARD)[name]
            assert client.get(_url(name, pattern, objects_of_b[kind])).status_code == 200, name


def test_an_applicant_sees_only_their_own_application(client, world, objects_of_b):
    application = objects_of_b["application_object"]
    client.force_login(world["shopper"])
    for name in APPLICANT:
        kwargs = {"pk": application.pk}
        if name == "application-document":
            kwargs["document"] = "business_registration"
        assert client.get(reverse(f"cooperatives:{name}", kwargs=kwargs)).status_code == 404
    client.logout()
    response = client.get(application.get_absolute_url())
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(application.applicant)
    assert client.get(application.get_absolute_url()).status_code == 200
