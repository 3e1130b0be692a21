"""The demo data module and identifiers hold together before anything reaches the database."""

from demo import data, images
from demo.services import DEFAULT_PRODUCTS, product_spec, tax_code_for, upc_for
from places.selectors import commune_choices, province_name


def test_every_cooperative_lies_in_a_real_commune_of_its_province():
    for item in data.COOPERATIVES:
        communes = {name for _code, name in commune_choices(province_code=item.province)}
        assert province_name(item.province), item.slug
        assert item.commune in communes, item.slug


def test_every_kind_has_existing_makers_category_certifications_and_motif():
    slugs = {item.slug for item in data.COOPERATIVES}
    certifications = {code for code, _name, _description in data.CERTIFICATIONS}
    for kind in data.KINDS:
        assert set(kind.makers) <= slugs, kind.key
        assert kind.category in data.CATEGORIES, kind.key
        assert set(kind.certifications) <= certifications, kind.key
        assert kind.motif in images.MOTIFS, kind.key


def test_every_cooperative_makes_something():
    makers = {maker for kind in data.KINDS for maker in kind.makers}
    assert makers == {item.slug for item in data.COOPERATIVES}


def test_tax_code_check_digit_matches_the_tax_office_rule():
    # FPT's and Vinamilk's published tax codes
    assert tax_code_for(prefix="01", serial=124_814) == "0101248141"
    assert tax_code_for(prefix="03", serial=58_856) == "0300588569"


def test_upc_is_an_ean13_with_vietnams_prefix():
    assert upc_for(0) == "8930000000019"
    assert len({upc_for(index) for index in range(1000)}) == 1000


def test_default_catalogue_has_distinct_titles_from_fitting_provinces():
    specs = [product_spec(index) for index in range(DEFAULT_PRODUCTS)]

    assert len({spec.title for spec in specs}) == DEFAULT_PRODUCTS
    assert {spec.kind.key for spec in specs} == {kind.key for kind in data.KINDS}
    assert all(spec.maker.slug in spec.kind.makers for spec in specs)
    assert all(spec.price % 1000 == 0 and spec.price > 0 for spec in specs)


def test_product_spec_depends_only_on_its_number():
    assert product_spec(12_345) == product_spec(12_345)
    assert (
        product_spec(3 + len(data.KINDS)).title
        == "Chè Shan tuyết cổ thụ Tà Xùa bạch trà – hộp 100 g"
    )
