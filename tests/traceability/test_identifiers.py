import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.html import soup
from traceability import selectors, services
from traceability.models import ProductIdentity

from .conftest import GTIN_13


def test_a_gtin_13_is_stored_as_the_14_digits_of_a_digital_link(product):
    services.product_gtin_set(product=product, gtin="893 4567 890120")
    assert selectors.product_gtin(product=product) == "0" + GTIN_13
    assert selectors.product_trace_path(product=product) == f"/01/0{GTIN_13}"


def test_a_gtin_with_a_wrong_check_digit_is_refused(product):
    with pytest.raises(ValidationError) as raised:
        services.product_gtin_set(product=product, gtin="8934567890127")
    assert "Chữ số kiểm tra" in " ".join(raised.value.messages)
    assert not ProductIdentity.objects.exists()


def test_the_seller_sees_the_check_digit_message_in_the_form(client, product, seller):
    client.force_login(seller)
    url = reverse("traceability-dashboard:gtin", kwargs={"product_id": product.pk})
    response = client.post(url, {"gtin": "8934567890125"})
    assert response.status_code == 200
    assert "Chữ số kiểm tra" in soup(response).get_text()
    assert client.post(url, {"gtin": GTIN_13}).status_code == 302
    assert selectors.product_gtin(product=product) == "0" + GTIN_13


def test_a_gtin_of_the_wrong_length_is_refused(product):
    with pytest.raises(ValidationError, match="8, 12, 13 hoặc 14"):
        services.product_gtin_set(product=product, gtin="12345")


def test_an_empty_gtin_removes_it(product):
    services.product_gtin_set(product=product, gtin=GTIN_13)
    services.product_gtin_set(product=product, gtin="")
    assert selectors.product_gtin(product=product) == ""
    assert selectors.product_trace_path(product=product) == f"/tx/{product.pk}"
