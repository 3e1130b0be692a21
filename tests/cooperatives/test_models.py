import pytest
from django.core.exceptions import ValidationError

from cooperatives.models import Cooperative
from cooperatives.services import cooperative_create
from tests.factories import BUON_MA_THUOT, DAK_LAK, HA_NOI, CooperativeFactory

pytestmark = pytest.mark.django_db


def valid_fields(**overrides):
    fields = {
        "name": "HTX Cà phê Ea Tu",
        "tax_code": "6001234562",
        "province": DAK_LAK,
        "commune": BUON_MA_THUOT,
        "representative": "Y Bhin Niê",
        "phone": "0905 123 456",
    }
    fields.update(overrides)
    return fields


def test_create_registers_an_oscar_partner_and_normalizes_phone_and_tax_code():
    cooperative = cooperative_create(**valid_fields(tax_code="6001234562-001"))

    assert cooperative.partner.name == "HTX Cà phê Ea Tu"
    assert cooperative.slug == "htx-ca-phe-ea-tu"
    assert cooperative.tax_code == "6001234562001"
    assert cooperative.display_tax_code == "6001234562-001"
    assert cooperative.phone == "+84905123456"
    assert cooperative.status == Cooperative.Status.PENDING


@pytest.mark.parametrize("tax_code", ["12345", "60012345678", "600123456A", "6001234567-01"])
def test_bad_tax_code_is_refused_in_vietnamese(tax_code):
    with pytest.raises(ValidationError) as error:
        cooperative_create(**valid_fields(tax_code=tax_code))

    assert error.value.message_dict["tax_code"] == [
        "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số đối với chi nhánh "
        "(ví dụ 0101234567 hoặc 0101234567-001)."
    ]
    assert not Cooperative.objects.exists()


@pytest.mark.parametrize("phone", ["12345", "+1 202 555 0147", "0905 123"])
def test_bad_phone_is_refused_in_vietnamese(phone):
    with pytest.raises(ValidationError) as error:
        cooperative_create(**valid_fields(phone=phone))

    assert "Số điện thoại không hợp lệ" in error.value.message_dict["phone"][0]


def test_commune_must_lie_in_the_province():
    with pytest.raises(ValidationError) as error:
        cooperative_create(**valid_fields(province=HA_NOI))

    assert error.value.message_dict["commune"] == ["Xã/phường này không thuộc Thành phố Hà Nội."]


def test_approved_queryset_hides_pending_and_suspended():
    approved = CooperativeFactory()
    CooperativeFactory(status=Cooperative.Status.PENDING)
    CooperativeFactory(status=Cooperative.Status.SUSPENDED)

    assert list(Cooperative.objects.approved()) == [approved]


def test_slugs_spell_d_with_stroke_as_d():
    cooperative = cooperative_create(**valid_fields(name="HTX Đồng Xanh Đắk Lắk"))

    assert cooperative.slug == "htx-dong-xanh-dak-lak"


def test_slugs_stay_unique():
    first = cooperative_create(**valid_fields())
    second = cooperative_create(**valid_fields(tax_code="6001234587"))

    assert (first.slug, second.slug) == ("htx-ca-phe-ea-tu", "htx-ca-phe-ea-tu-2")
