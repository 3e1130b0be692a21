"""Consent at registration, the personal data download, and account deletion by anonymisation."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from oscar.test.factories import (
    ProductReviewFactory,
    ShippingAddressFactory,
    UserAddressFactory,
    create_order,
)

from privacy.forms import PrivacyConsentField, PrivacyConsentMixin
from privacy.models import ConsentRecord, DeletionRequest
from privacy.services import consent_record
from tests.factories import ProductFactory, UserFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

User = get_user_model()
PASSWORD = "mat-khau-rat-dai-2026"


def register(client, **extra):
    return client.post(
        reverse("customer:register"),
        {"email": "lan@example.vn", "password1": PASSWORD, "password2": PASSWORD, **extra},
    )


def test_registration_asks_for_consent_unticked(client):
    html = soup(client.get(reverse("customer:register")))

    box = html.select_one('input[name="privacy_consent"]')
    assert box["type"] == "checkbox" and not box.has_attr("checked")
    assert html.select_one('a[href="/chinh-sach-bao-mat/"]')


def test_registration_without_consent_is_refused(client):
    response = register(client)

    assert response.status_code == 200
    assert not User.objects.filter(email="lan@example.vn").exists()
    assert "chính sách" in soup(response).select_one(".error-block").get_text().lower()


def test_registration_records_the_consent(client, settings):
    settings.PRIVACY_POLICY_VERSION = "2026-07-01"

    register(client, privacy_consent="on")

    user = User.objects.get(email="lan@example.vn")
    record = ConsentRecord.objects.get(user=user)
    assert record.purpose == ConsentRecord.Purpose.REGISTRATION
    assert record.policy_version == "2026-07-01"
    assert record.email == "lan@example.vn"
    assert record.given_at


def test_any_form_can_ask_for_consent_and_record_it(rf):
    class NewsletterForm(PrivacyConsentMixin):
        pass

    assert not NewsletterForm({}).is_valid()
    assert isinstance(NewsletterForm().fields["privacy_consent"], PrivacyConsentField)
    form = NewsletterForm({"privacy_consent": "on"})
    assert form.is_valid()
    request = rf.post("/checkout/", REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Chromium")
    record = form.record_privacy_consent(
        email="khach@example.vn", purpose="checkout", request=request
    )
    assert (record.ip_address, record.user_agent, record.user) == ("203.0.113.7", "Chromium", None)


def test_consent_record_for_a_guest_checkout(settings):
    record = consent_record(email="khach@example.vn", purpose="checkout", policy_version="v2")

    assert (record.email, record.purpose, record.policy_version) == (
        "khach@example.vn",
        "checkout",
        "v2",
    )


@pytest.fixture
def shopper():
    return UserFactory(email="lan@example.vn", first_name="Lan", last_name="Nguyễn")


def test_data_download_has_the_users_orders_and_nothing_of_others(client, shopper):
    UserAddressFactory(user=shopper, line1="12 Lý Thường Kiệt")
    mine = create_order(user=shopper)
    other = UserFactory(email="other@example.vn")
    theirs = create_order(user=other)
    ProductReviewFactory(product=ProductFactory(title="Mật ong"), user=shopper, title="Ngon")
    client.force_login(shopper)

    response = client.get(reverse("privacy:download"))

    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == "lan@example.vn"
    assert [order["number"] for order in data["orders"]] == [str(mine.number)]
    assert data["orders"][0]["lines"][0]["quantity"] == 1
    assert "12 Lý Thường Kiệt" in data["addresses"][0]["lines"]
    assert [review["title"] for review in data["reviews"]] == ["Ngon"]
    assert str(theirs.number) not in response.content.decode()
    assert "other@example.vn" not in response.content.decode()


def test_data_download_needs_a_signed_in_user(client):
    response = client.get(reverse("privacy:download"))

    assert response.status_code == 302


def test_deletion_anonymises_the_account_and_keeps_the_orders(client, shopper):
    shopper.set_password(PASSWORD)
    shopper.save()
    UserAddressFactory(user=shopper)
    order = create_order(
        user=shopper, shipping_address=ShippingAddressFactory(first_name="Lan", phone_number="")
    )
    review = ProductReviewFactory(product=ProductFactory(), user=shopper)
    consent_record(user=shopper, email=shopper.email, purpose="registration")
    client.force_login(shopper)

    response = client.post(
        reverse("privacy:delete"),
        {"password": PASSWORD, "confirm": "on", "reason": "Không dùng nữa"},
    )

    assert response.status_code == 302
    shopper.refresh_from_db()
    assert shopper.email.endswith("@anonymised.invalid")
    assert (shopper.first_name, shopper.last_name, shopper.is_active) == ("", "", False)
    assert not shopper.has_usable_password()
    assert not shopper.addresses.exists()
    order.refresh_from_db()
    assert order.total_incl_tax  # kept for accounting
    assert order.shipping_address.first_name == "" and order.shipping_address.line1 == "—"
    review.refresh_from_db()
    assert review.user is None
    assert "lan@example.vn" not in ConsentRecord.objects.values_list("email", flat=True)
    request = DeletionRequest.objects.get()
    assert request.status == DeletionRequest.Status.DONE and request.orders_kept == 1
    assert request.reason == "Không dùng nữa"
    assert "_auth_user_id" not in client.session


def test_deletion_needs_the_password(client, shopper):
    shopper.set_password(PASSWORD)
    shopper.save()
    client.force_login(shopper)

    response = client.post(reverse("privacy:delete"), {"password": "sai", "confirm": "on"})

    assert response.status_code == 200
    shopper.refresh_from_db()
    assert shopper.is_active and shopper.email == "lan@example.vn"
    assert not DeletionRequest.objects.exists()


def test_staff_see_deletion_requests(client, shopper):
    from django.contrib.auth.models import Group

    DeletionRequest.objects.create(account_reference="user-42", status=DeletionRequest.Status.DONE)
    staff = UserFactory(email="canbo@example.vn", is_staff=True)
    staff.groups.add(Group.objects.get(name="Province staff"))
    client.force_login(staff)

    response = client.get(reverse("deletion_requests:index"))

    assert response.status_code == 200
    assert "user-42" in response.content.decode()
    client.force_login(shopper)
    assert client.get(reverse("deletion_requests:index")).status_code == 302


def test_oscars_profile_deletion_leads_to_the_anonymising_deletion(client, shopper):
    client.force_login(shopper)

    response = client.get("/accounts/profile/delete/")

    assert response.status_code == 302 and response["Location"] == reverse("privacy:centre")
    html = soup(client.get(reverse("privacy:centre")))
    assert html.select_one(f'form[action="{reverse("privacy:delete")}"] input[name=password]')
    assert soup(client.get("/catalogue/")).select_one(
        f'footer a[href="{reverse("privacy:centre")}"]'
    )
