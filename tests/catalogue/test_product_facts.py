import pytest
from django.core.exceptions import ValidationError
from oscar.apps.catalogue.categories import create_from_breadcrumbs

from tests.factories import HA_NOI, CertificationFactory, ProductFactory

pytestmark = pytest.mark.django_db


def test_origin_reads_commune_then_province():
    product = ProductFactory()

    assert product.origin_province_name == "Đắk Lắk"
    assert product.origin == "Phường Buôn Ma Thuột, Đắk Lắk"


def test_origin_commune_outside_origin_province_is_refused_in_vietnamese():
    product = ProductFactory()
    product.origin_province = HA_NOI

    with pytest.raises(ValidationError) as error:
        product.full_clean()

    assert error.value.message_dict["origin_commune"] == [
        "Xã/phường này không thuộc Thành phố Hà Nội."
    ]


@pytest.mark.parametrize("stars", [1, 2, 6])
def test_ocop_rating_is_three_to_five_stars(stars):
    product = ProductFactory()
    product.ocop_stars = stars

    with pytest.raises(ValidationError) as error:
        product.full_clean()

    assert "ocop_stars" in error.value.message_dict


@pytest.mark.parametrize(
    ("days", "shown"),
    [(7, "7 ngày"), (90, "3 tháng"), (365, "1 năm"), (730, "2 năm"), (None, "")],
)
def test_shelf_life_reads_in_the_largest_whole_unit(days, shown):
    product = ProductFactory.build(shelf_life_days=days)

    assert product.shelf_life_display == shown


def test_certifications_are_attached_to_products():
    vietgap = CertificationFactory()
    organic = CertificationFactory(code="huu-co", name="Hữu cơ")
    product = ProductFactory(certifications=[vietgap, organic])

    assert sorted(c.name for c in product.certifications.all()) == ["Hữu cơ", "VietGAP"]


def test_category_slugs_spell_d_with_stroke_as_d():
    category = create_from_breadcrumbs("Đồ uống > Cà phê")

    assert category.full_slug == "do-uong/ca-phe"
