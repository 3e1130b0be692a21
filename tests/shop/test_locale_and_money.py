from decimal import Decimal

import pytest
from django.test import Client
from django.utils import translation
from oscar.templatetags.currency_filters import currency


def test_vnd_is_shown_without_decimals_with_dots_and_the_dong_sign():
    assert currency(Decimal("125000")) == "125.000\xa0₫"
    assert currency(Decimal("1500000.00")) == "1.500.000\xa0₫"


def test_vnd_reads_the_same_in_english():
    with translation.override("en"):
        assert currency(Decimal("125000")) == "125.000\xa0₫"


@pytest.mark.django_db
def test_vietnamese_is_the_default_language():
    response = Client().get("/cooperatives/")

    assert response.status_code == 200
    assert response.headers["Content-Language"] == "vi"


@pytest.mark.django_db
def test_shoppers_can_switch_to_english():
    client = Client()
    client.post("/i18n/setlang/", {"language": "en", "next": "/cooperatives/"})

    assert client.get("/cooperatives/").headers["Content-Language"] == "en"


def test_settings_use_ho_chi_minh_time(settings):
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.OSCAR_DEFAULT_CURRENCY == "VND"


@pytest.mark.django_db
def test_an_english_browser_still_gets_vietnamese_until_the_shopper_switches():
    client = Client(headers={"accept-language": "en-US,en;q=0.9"})

    assert client.get("/cooperatives/").headers["Content-Language"] == "vi"
    client.post("/i18n/setlang/", {"language": "en", "next": "/cooperatives/"})
    assert client.get("/cooperatives/").headers["Content-Language"] == "en"
