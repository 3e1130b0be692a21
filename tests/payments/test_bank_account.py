"""The platform's bank account: edited by staff in the CMS admin, seeded by the demo."""

import pytest
from oscar.test.factories import UserFactory

from demo.payments import demo_bank_account_load
from payments.models import BankAccountSetting
from payments.selectors import bank_account_get

pytestmark = pytest.mark.django_db

EDIT = "/cms-admin/settings/payments/bankaccountsetting/"


def edit_url(client) -> str:
    """Wagtail redirects the setting's menu entry to the edit form of its one row."""
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client.get(EDIT, follow=True).redirect_chain[-1][0]


def test_staff_edit_the_account_in_the_cms_admin(client):
    url = edit_url(client)
    page = client.get(url)
    assert page.status_code == 200
    assert "Mã NAPAS sáu chữ số" in page.content.decode()
    response = client.post(
        url,
        {
            "bank_bin": "970415",
            "bank_name": "VietinBank",
            "account_number": "113366668888",
            "account_holder": "HTX TAN LAP",
        },
    )
    assert response.status_code == 302
    assert bank_account_get().account_number == "113366668888"


def test_the_admin_refuses_a_bad_account(client):
    response = client.post(
        edit_url(client),
        {"bank_bin": "97043", "bank_name": "", "account_number": "12 34", "account_holder": ""},
    )
    assert response.status_code == 200
    assert "Nhập số tài khoản gồm 6 đến 19 chữ số" in response.content.decode()
    assert not BankAccountSetting.objects.filter(account_number="12 34").exists()


def test_demo_seeds_an_account_once_and_keeps_one_staff_set():
    assert demo_bank_account_load().account_number == "0011001234567"
    assert demo_bank_account_load().account_number == "0011001234567"
    assert BankAccountSetting.objects.count() == 1
    BankAccountSetting.objects.update(account_number="113366668888")
    assert demo_bank_account_load().account_number == "113366668888"
