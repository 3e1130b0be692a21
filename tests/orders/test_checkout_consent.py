"""The shopper agrees to the privacy policy at the payment step: unticked at first, required,
and recorded with the order's e-mail, the time and the policy's version."""

import pytest
from django.urls import reverse

from privacy.models import ConsentRecord
from tests.html import soup

from .conftest import address_data, basket_add

pytestmark = pytest.mark.django_db


def test_checkout_asks_for_consent_and_records_it(client, two_cooperatives, settings):
    basket_add(client, two_cooperatives["a"]["product"])
    client.post(
        reverse("checkout:index"), {"username": "khach@example.com", "options": "anonymous"}
    )
    client.post(reverse("checkout:shipping-address"), address_data())
    client.get(reverse("checkout:shipping-method"))

    page = soup(client.get(reverse("checkout:payment-method")))
    box = page.select_one("input[name=privacy_consent]")
    assert box is not None and not box.has_attr("checked")

    refused = client.post(reverse("checkout:payment-method"), {"method": "cod"})
    assert refused.status_code == 200
    assert "Vui lòng đồng ý" in soup(refused).get_text()
    assert not ConsentRecord.objects.exists()

    agreed = client.post(
        reverse("checkout:payment-method"), {"method": "cod", "privacy_consent": "on"}
    )
    assert agreed.status_code == 302
    record = ConsentRecord.objects.get()
    assert (record.email, record.purpose) == ("khach@example.com", "checkout")
    assert record.policy_version == settings.PRIVACY_POLICY_VERSION
