from places.collation import vietnamese_sort_key
from places.selectors import (
    commune_choices,
    commune_name,
    commune_province_code,
    province_choices,
    province_name,
    province_short_name,
)


def test_the_2025_map_has_34_provinces():
    assert len(province_choices()) == 34


def test_short_names_drop_the_city_prefix():
    assert province_name(79) == "Thành phố Hồ Chí Minh"
    assert province_short_name(79) == "Hồ Chí Minh"
    assert province_short_name(66) == "Đắk Lắk"


def test_communes_belong_to_their_province_with_clean_names():
    communes = dict(commune_choices(province_code=79))

    assert communes[26887] == "Phường An Nhơn"
    assert commune_name(26887) == "Phường An Nhơn"
    assert commune_province_code(26887) == 79
    assert all(commune_province_code(code) == 79 for code in communes)


def test_unknown_codes_have_no_name():
    assert province_name(999) == ""
    assert commune_name(999999) == ""
    assert commune_province_code(999999) is None


def test_provinces_are_in_vietnamese_alphabetical_order():
    names = [province_short_name(code) for code, _ in province_choices()]

    assert names.index("Cà Mau") < names.index("Cao Bằng") < names.index("Cần Thơ")
    assert names.index("Đà Nẵng") < names.index("Đắk Lắk") < names.index("Đồng Nai")
    assert names.index("Cần Thơ") < names.index("Đà Nẵng") < names.index("Gia Lai")
    assert names[0] == "An Giang" and names[-1] == "Vĩnh Long"


def test_words_compare_letters_before_tone_marks():
    words = [
        "Cạ",
        "cà mau",
        "Ca",
        "Cá",
        "Cả",
        "Cã",
        "Cà",
        "Duy",
        "Dương",
        "Đà",
        "3 sao",
        "Ơn",
        "Ôn",
    ]

    assert sorted(words, key=vietnamese_sort_key) == [
        "3 sao",
        "Ca",
        "Cà",
        "Cả",
        "Cã",
        "Cá",
        "Cạ",
        "cà mau",
        "Duy",
        "Dương",
        "Đà",
        "Ôn",
        "Ơn",
    ]
