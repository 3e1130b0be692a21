"""Property-based tests: random text, Unicode, huge and negative numbers and odd shapes of input
thrown at every form a stranger can fill in, and at the search page and its suggestions.

The properties: nothing answers 500 (the test client re-raises a view's exception), no form's
is_valid() raises, and nothing is half-written (row counts are unchanged whenever the form or
the import is refused). Examples are derandomized, so CI runs the same ones every time; each
example runs in a savepoint rolled back at its end, so examples do not see each other's writes.
"""

import csv
import datetime
import io
import logging
from contextlib import contextmanager

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.http import QueryDict
from django.urls import reverse
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from oscar.core.loading import get_model

from catalogue.models import Certification, Product, ProductCategory
from cooperatives.forms import ApplicationForm
from cooperatives.models import Cooperative, CooperativeApplication
from listings.csv_format import COLUMNS, EXAMPLE_ROW, rows_parse
from listings.models import ListingRevision
from listings.services import listing_import
from places.selectors import commune_choices
from search.facets import FACETS
from shop.checkout.forms import ShippingAddressForm
from sourcing.forms import RequestForm
from sourcing.models import PurchaseRequest
from tests.factories import (
    DAK_LAK,
    HA_NOI,
    CertificationFactory,
    CooperativeFactory,
    ProductFactory,
    UserFactory,
    country_vietnam,
)
from tests.html import pdf
from tests.search.conftest import (  # noqa: F401 (fixtures)
    _patient_client,
    committed,
    search_index,
    search_indexes,
)

Line = get_model("basket", "Line")
ShippingAddress = get_model("order", "ShippingAddress")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db

HA_NOI_COMMUNE = commune_choices(province_code=HA_NOI)[0][0]


def fuzz_settings(examples: int):
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# Strings people and robots really send: empty, control and NUL characters, combining marks,
# right-to-left text and overrides, emoji sequences, a BOM, format strings, markup, numbers a
# parser may choke on (huge, negative, exponent, NaN, Infinity, other scripts' digits).
SPECIAL = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x01\x02\x1b[31m\x7f",
    "\r\n\t\x0b\x0c",
    "\u202e\u202dabc",
    "\u200f\u200e\u200b\u2060",
    "مرحبا بالعالم",
    "עברית",
    "🇻🇳👩🏽‍🌾🧑‍🤝‍🧑",
    "e" + "\u0301\u0323\u0309" * 40,
    "Z\u0351\u0344\u0350\u0306\u0357\u035c\u0314a\u0357\u0350l\u0315\u0312g\u0350o",
    "\ufeff",
    "\ufffd\uffff",
    "%s %d %(name)s {0} {{ x }} ${x}",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../../etc/passwd",
    "x" * 10_000,
    "9" * 400,
    "-1",
    "0",
    "-0",
    "1e309",
    "-1e309",
    "1E+30",
    "NaN",
    "sNaN",
    "Infinity",
    "-Infinity",
    "1_000",
    "٣٤",
    "１２",
    "0x10",
    "2147483648",
    "-2147483649",
    "9223372036854775808",
    "-9223372036854775809",
    "1.5",
    "1,5",
    "125.000",
    "125.000 ₫",
    "null",
    "[]",
    "{}",
]
HUGE = 10**40

nasty_text = st.one_of(
    st.sampled_from(SPECIAL),
    st.sampled_from(SPECIAL),
    st.sampled_from(SPECIAL),
    st.text(max_size=40),
    st.text(
        st.characters(categories=("Mn", "Me", "Cc", "Cf", "Co", "So", "Zs", "Zl", "Zp")),
        max_size=20,
    ),
    st.integers(min_value=-HUGE, max_value=HUGE).map(str),
    st.floats().map(str),
    st.decimals(allow_nan=True).map(str),
    st.text(max_size=3).map(lambda text: text * 3000),
)
# What one form field receives over HTTP: nothing, one value or several (a repeated parameter).
field_values = st.one_of(
    nasty_text.map(lambda value: [value]),
    st.just([]),
    st.lists(nasty_text, min_size=2, max_size=3),
)


# What code (rather than a request) may hand a form: numbers, None, booleans, lists, dicts.
odd_values = st.one_of(
    nasty_text,
    st.none(),
    st.booleans(),
    st.integers(min_value=-HUGE, max_value=HUGE),
    st.floats(),
    st.decimals(),
    st.lists(nasty_text, max_size=2),
    st.dictionaries(st.text(max_size=2), st.text(max_size=2), max_size=2),
)


def querydict(values: dict[str, list[str]]) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, items in values.items():
        data.setlist(name, items)
    return data


def spoiled(valid: dict[str, str], values=field_values):
    """The valid values with up to three of them replaced by something nasty, so that what is
    thrown reaches as deep as it can (a form that would be valid but for one field, or is valid
    and saves), or else every field nasty."""
    return st.one_of(
        st.dictionaries(st.sampled_from(sorted(valid)), values, max_size=3).map(
            lambda nasty: {**valid, **nasty}
        ),
        st.fixed_dictionaries(dict.fromkeys(valid, values)),
    )


def mixed(valid: dict[str, str]):
    """Form data as a request brings it (a QueryDict), spoiled."""
    return spoiled({name: [value] for name, value in valid.items()}).map(querydict)


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def counts(*models) -> tuple[int, ...]:
    return tuple(model.objects.count() for model in models)


@pytest.fixture(autouse=True)
def _vietnam(db):
    country_vietnam()


# The basket ------------------------------------------------------------------------------------


@pytest.fixture
def product(db):
    return ProductFactory(title="Cà phê Robusta", stockrecord__num_in_stock=20)


def basket_lines_sane():
    for line in Line.objects.all():
        assert 1 <= line.quantity <= 20, line.quantity


@fuzz_settings(60)
@given(quantity=field_values)
@example(quantity=["9" * 400])
def test_adding_to_the_basket_never_fails(client, product, quantity):
    with rolled_back():
        before = counts(Line)
        response = client.post(
            reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity}
        )
        assert response.status_code == 302
        assert counts(Line)[0] - before[0] in (0, 1)
        basket_lines_sane()


@fuzz_settings(40)
@given(quantity=field_values, line_id=field_values)
def test_updating_the_basket_never_fails(client, product, quantity, line_id):
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    line = Line.objects.get()
    with rolled_back():
        response = client.post(
            reverse("basket:summary"),
            {
                "form-TOTAL_FORMS": "1",
                "form-INITIAL_FORMS": "1",
                "form-MIN_NUM_FORMS": "0",
                "form-MAX_NUM_FORMS": "1000",
                "form-0-id": line_id or [str(line.pk)],
                "form-0-quantity": quantity,
            },
        )
        assert response.status_code in (200, 302)
        basket_lines_sane()


# The checkout's address ------------------------------------------------------------------------

ADDRESS = {
    "first_name": "Trần Thị Bình",
    "phone_number": "0912 345 678",
    "province": str(HA_NOI),
    "commune": str(HA_NOI_COMMUNE),
    "line1": "Số 12 ngõ 34 phố Huế",
    "notes": "Gọi trước khi giao",
}


@fuzz_settings(150)
@given(data=mixed(ADDRESS))
@example(data=querydict({**{k: [v] for k, v in ADDRESS.items()}, "line1": ["a\x00b"]}))
def test_the_address_form_validates_anything(data):
    form = ShippingAddressForm(data=data)
    if form.is_valid():
        assert form.cleaned_data["province"] == HA_NOI


@fuzz_settings(60)
@given(data=spoiled(ADDRESS, odd_values))
def test_the_address_form_takes_odd_types(data):
    ShippingAddressForm(data=data).is_valid()


@pytest.fixture
def guest_at_address(client, product):
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    response = client.post(
        reverse("checkout:index"), {"username": "khach@example.com", "options": "anonymous"}
    )
    assert response.status_code == 302
    return client


@fuzz_settings(40)
@given(data=mixed(ADDRESS))
def test_the_checkout_address_page_never_fails(guest_at_address, data):
    with rolled_back():
        before = counts(ShippingAddress)
        response = guest_at_address.post(reverse("checkout:shipping-address"), data)
        assert response.status_code in (200, 302)
        assert counts(ShippingAddress) == before


# The listing CSV -------------------------------------------------------------------------------

LISTING_MODELS = (Product, StockRecord, ProductCategory, ListingRevision)


@pytest.fixture
def seller_cooperative(db):
    CertificationFactory()
    ProductFactory(categories=["Đồ uống > Cà phê"])  # the category the example row names
    return CooperativeFactory(name="HTX Cà phê Ea Tu", slug="htx-ca-phe-ea-tu")


def csv_bytes(rows: list[dict[str, str]], *, encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([str(header) for _key, header in COLUMNS])
    for row in rows:
        writer.writerow([row.get(key, "") for key, _header in COLUMNS])
    return out.getvalue().encode(encoding, errors="surrogatepass")


csv_rows = st.lists(spoiled(EXAMPLE_ROW, nasty_text), min_size=1, max_size=3).map(
    # each row its own SKU, unless the SKU was spoiled
    lambda rows: [
        {**row, "sku": f"{row['sku']}-{i}"} if row["sku"] == EXAMPLE_ROW["sku"] else row
        for i, row in enumerate(rows)
    ]
)


@fuzz_settings(100)
@given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(str.encode)))
@example(data=b"\r\x00")  # a lone carriage return used to raise csv.Error
@example(data=b"\xef\xbb\xbf" + b'"' + b"x" * 140_000)  # a cell over csv.field_size_limit()
def test_the_csv_parser_reads_any_bytes(data):
    parsed = rows_parse(data=data)
    assert parsed.is_valid or parsed.all_errors or not parsed.rows


@fuzz_settings(100)
@given(rows=csv_rows)
@example(rows=[EXAMPLE_ROW])
# Each of these once reached the database and failed there (500) instead of being refused:
@example(rows=[{**EXAMPLE_ROW, "title": "a\x00b"}])
@example(rows=[{**EXAMPLE_ROW, "price": "1E+30"}])
@example(rows=[{**EXAMPLE_ROW, "price": "Infinity"}])
@example(rows=[{**EXAMPLE_ROW, "num_in_stock": "2147483648"}])
@example(rows=[{**EXAMPLE_ROW, "shelf_life_days": "9" * 30}])
def test_a_refused_import_writes_nothing(seller_cooperative, rows):
    data = csv_bytes(rows)
    with rolled_back():
        before = counts(*LISTING_MODELS)
        try:
            result = listing_import(cooperative=seller_cooperative, data=data, submitted_by=None)
        except ValidationError:
            event("refused")
            assert counts(*LISTING_MODELS) == before
        else:
            event("imported")
            assert counts(Product)[0] == before[0] + result.created


# The cooperative application -------------------------------------------------------------------

APPLICATION = {
    "name": "HTX Nông nghiệp Ea Kao",
    "kind": Cooperative.Kind.COOPERATIVE,
    "is_agricultural": "on",
    "tax_code": "0100109106",
    "province": str(DAK_LAK),
    "commune": "24133",
    "street_address": "Thôn 3",
    "representative": "Nguyễn Văn An",
    "phone": "0905 123 456",
    "email": "htx.eakao@example.vn",
    "description": "Trồng cà phê.",
    "founded_year": "2015",
    "member_count": "40",
    "representative_id_number": "001203004567",
}
PDF = pdf()
documents = st.one_of(
    st.just(PDF), st.binary(max_size=200), st.binary(max_size=50).map(lambda b: b"%PDF-" + b)
)
file_names = st.one_of(st.just("giay-dang-ky.pdf"), nasty_text.map(lambda n: n[:100] or "x"))


@fuzz_settings(60)
@given(data=mixed(APPLICATION), document=documents, name=file_names)
def test_the_application_form_validates_anything(data, document, name):
    files = {"business_registration": SimpleUploadedFile(name.replace("\x00", ""), document)}
    form = ApplicationForm(data=data, files=files)
    form.is_valid()


@fuzz_settings(40)
@given(data=spoiled(APPLICATION, odd_values))
def test_the_application_form_takes_odd_types(data):
    files = {"business_registration": SimpleUploadedFile("giay.pdf", PDF)}
    ApplicationForm(data=data, files=files).is_valid()


@fuzz_settings(15)
@given(data=mixed(APPLICATION), document=documents)
@example(data=querydict({name: [value] for name, value in APPLICATION.items()}), document=PDF)
def test_a_refused_application_writes_nothing(client, data, document):
    with rolled_back():
        client.force_login(UserFactory())
        before = counts(Cooperative, CooperativeApplication)
        response = client.post(
            reverse("cooperatives:apply"),
            {**data, "business_registration": SimpleUploadedFile("giay.pdf", document)},
        )
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert counts(Cooperative, CooperativeApplication) == before
        else:  # accepted, not sent to sign in
            event("accepted")
            assert counts(CooperativeApplication)[0] == before[1] + 1


# A buyer's purchase request --------------------------------------------------------------------


@pytest.fixture
def rice(db):
    from oscar.apps.catalogue.categories import create_from_breadcrumbs

    CertificationFactory()
    return create_from_breadcrumbs("Lương thực > Gạo")


def request_valid(rice) -> dict[str, str]:
    return {
        "title": "Gạo tẻ cho bếp ăn",
        "category": str(rice.pk),
        "quantity": "500",
        "unit": "kg",
        "delivery_province": str(DAK_LAK),
        "recurrence": "once",
        "needed_by": (datetime.date.today() + datetime.timedelta(days=10)).isoformat(),
        "target_price": "15000",
        "required_certifications": str(Certification.objects.get().pk),
        "min_ocop_stars": "3",
        "description": "Giao hàng tuần.",
    }


@fuzz_settings(100)
@given(data=st.data())
def test_the_request_form_validates_anything(rice, data):
    form = RequestForm(data=data.draw(mixed(request_valid(rice))))
    form.is_valid()


@pytest.fixture
def buyer_client(client, db):
    from sourcing import services

    user = UserFactory()
    services.buyer_profile_save(
        user=user,
        company_name="Công ty Suất ăn Hoa Sen",
        contact_name="Trần Thị Bếp",
        phone="0912345678",
        email="muahang@hoasen.vn",
    )
    client.force_login(user)
    return client


@fuzz_settings(30)
@given(data=st.data())
def test_a_refused_request_writes_nothing(buyer_client, rice, data):
    posted = data.draw(mixed(request_valid(rice)))
    with rolled_back():
        before = counts(PurchaseRequest)
        response = buyer_client.post(reverse("sourcing:request-create"), posted)
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert counts(PurchaseRequest) == before
        else:  # posted, not sent to write a profile first
            event("posted")
            assert counts(PurchaseRequest)[0] == before[0] + 1


# Search and suggestions ------------------------------------------------------------------------

SEARCH_PARAMS = ["q", "sort", "page", *(facet.name for facet in FACETS)]
search_params = st.dictionaries(st.sampled_from(SEARCH_PARAMS), field_values, max_size=4)


@pytest.fixture
def indexed(search_index, committed):  # noqa: F811 (the imported fixtures)
    cooperative = CooperativeFactory(name="HTX Cà phê Ea Tu", slug="htx-ca-phe-ea-tu")
    with committed():
        ProductFactory(
            title="Cà phê Robusta rang xay",
            cooperative=cooperative,
            ocop_stars=4,
            categories=["Đồ uống > Cà phê"],
        )
    search_index.refresh()


@fuzz_settings(60)
@given(params=search_params)
# A category id beyond the index's integers made Elasticsearch refuse the query.
@example(params={"category": ["4357148436323348.0"]})
def test_the_search_page_never_fails(indexed, client, caplog, params):
    """And whatever is typed, Elasticsearch answers: no error logged, no fallback."""
    caplog.clear()
    response = client.get(reverse("search:search"), params)
    assert response.status_code in (200, 404)
    assert not [r for r in caplog.records if r.name == "search" and r.levelno >= logging.ERROR]
    if response.status_code == 200 and response.context is not None:  # None: the cached copy
        assert not response.context["search_unavailable"]


@fuzz_settings(40)
@given(params=search_params)
def test_the_search_fallback_never_fails(indexed, client, settings, params):
    settings.SEARCH_ENABLED = False
    response = client.get(reverse("search:search"), params)
    assert response.status_code in (200, 404)


@fuzz_settings(60)
@given(q=field_values)
def test_suggestions_never_fail(indexed, client, q):
    response = client.get(reverse("search:suggest"), {"q": q})
    assert response.status_code == 200
    assert response.json()["query"] == (q[-1] if q else "").strip()[:100]
