"""CSV import and export of a cooperative's listings."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from catalogue.models import Product
from listings.csv_format import EXAMPLE_ROW, headers, rows_parse
from listings.models import ListingRevision
from listings.services import listing_import
from tests.factories import CertificationFactory

pytestmark = pytest.mark.django_db

HEADER = "Mã SKU,Tên sản phẩm,Mô tả,Danh mục,Giá (VND),Tồn kho,Sao OCOP (tự khai),Chứng nhận\n"


def csv_file(*rows: str, bom: bool = False) -> bytes:
    text = HEADER + "".join(f"{row}\n" for row in rows)
    return text.encode("utf-8-sig" if bom else "utf-8")


GOOD = (
    "CF-1,Cà phê Robusta,<p>Rang <b>mộc</b></p>,Thực phẩm,125000,50,4,vietgap",
    "CF-2,Cà phê Arabica,,Thực phẩm,210.000,20,,",
)


@pytest.fixture
def categories(world):
    CertificationFactory()
    return world


def test_a_file_with_good_and_bad_rows_writes_nothing_and_names_each_bad_row(categories):
    data = csv_file(
        GOOD[0],
        "CF-3,,,Thực phẩm,abc,-1,7,halal",
        "CF-4,Chè Shan tuyết,,Không có danh mục,90000,10,,",
        "CF-1,Trùng mã,,Thực phẩm,1000,1,,",
    )
    parsed = rows_parse(data=data)
    assert not parsed.is_valid
    by_line = {}
    for error in parsed.all_errors:
        by_line.setdefault(error.row, []).append((error.column, error.message))
    assert set(by_line) == {3, 4, 5}
    columns = {column for column, _message in by_line[3]}
    assert columns == {
        "Tên sản phẩm",
        "Giá (VND)",
        "Tồn kho",
        "Sao OCOP (tự khai)",
        "Chứng nhận",
    }
    assert "Không có danh mục" in by_line[4][0][1]
    assert "dòng 2" in by_line[5][0][1]
    before = Product.objects.count()
    with pytest.raises(ValidationError):
        listing_import(cooperative=categories["coop_a"], data=data, submitted_by=None)
    assert Product.objects.count() == before


@pytest.mark.parametrize("bom", [False, True])
def test_a_good_file_writes_every_row_through_moderation(categories, bom):
    cooperative = categories["coop_a"]
    result = listing_import(
        cooperative=cooperative, data=csv_file(*GOOD, bom=bom), submitted_by=None
    )
    assert (result.created, result.updated, result.pending) == (2, 0, 2)
    robusta = Product.objects.get(stockrecords__partner_sku="CF-1")
    assert robusta.cooperative == cooperative and not robusta.is_public
    assert robusta.ocop_stars is None
    assert robusta.description == "<p>Rang <b>mộc</b></p>"
    assert robusta.stockrecords.get().partner == cooperative.partner
    revision = ListingRevision.objects.get(product=robusta)
    assert revision.is_new_listing and revision.data["ocop_stars"] == 4
    arabica = Product.objects.get(stockrecords__partner_sku="CF-2")
    assert arabica.stockrecords.get().price == 210000


def test_re_import_updates_by_sku_instead_of_duplicating(categories):
    cooperative = categories["coop_a"]
    listing_import(cooperative=cooperative, data=csv_file(*GOOD), submitted_by=None)
    again = (GOOD[0].replace(",50,", ",7,"), GOOD[1].replace("Arabica", "Arabica Cầu Đất"))
    result = listing_import(cooperative=cooperative, data=csv_file(*again), submitted_by=None)
    assert (result.created, result.updated) == (0, 2)
    assert Product.objects.filter(cooperative=cooperative).count() == 3  # with product_a
    robusta = Product.objects.get(stockrecords__partner_sku="CF-1")
    assert robusta.stockrecords.get().num_in_stock == 7
    pending = ListingRevision.objects.get(
        product__stockrecords__partner_sku="CF-2", status="pending"
    )
    assert pending.data["title"] == "Cà phê Arabica Cầu Đất"


def test_another_cooperatives_sku_is_a_new_product_of_its_own(categories):
    listing_import(cooperative=categories["coop_a"], data=csv_file(GOOD[0]), submitted_by=None)
    listing_import(cooperative=categories["coop_b"], data=csv_file(GOOD[0]), submitted_by=None)
    assert Product.objects.filter(stockrecords__partner_sku="CF-1").count() == 2


def test_not_utf8_and_missing_columns_are_explained():
    assert "UTF-8" in rows_parse(data="Mã SKU,Tên\n".encode("utf-16")).errors[0].message
    assert "Tên sản phẩm" in rows_parse(data=b"SKU\nx\n").errors[0].message


def test_template_and_export_use_the_import_format(client, categories):
    client.force_login(categories["seller_a"])
    template = client.get(reverse("dashboard:seller-import-template")).content.decode("utf-8-sig")
    assert template.splitlines()[0] == ",".join(headers())
    assert EXAMPLE_ROW["title"] in template
    listing_import(cooperative=categories["coop_a"], data=csv_file(*GOOD), submitted_by=None)
    export = client.get(reverse("dashboard:seller-export")).content
    parsed = rows_parse(data=export)
    assert parsed.is_valid, parsed.all_errors
    skus = {row.values["sku"] for row in parsed.rows}
    assert {"CF-1", "CF-2"} <= skus
    result = listing_import(cooperative=categories["coop_a"], data=export, submitted_by=None)
    assert result.created == 0


def test_the_import_page_previews_and_writes_only_on_confirmation(client, categories):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(categories["seller_a"])
    url = reverse("dashboard:seller-import")
    upload = SimpleUploadedFile("sp.csv", csv_file(*GOOD), content_type="text/csv")
    preview = client.post(url, {"file": upload})
    assert preview.status_code == 200
    token = preview.context["confirm_form"].initial["token"]
    assert not Product.objects.filter(stockrecords__partner_sku="CF-1").exists()
    done = client.post(url, {"token": token})
    assert done.status_code == 302
    assert Product.objects.filter(stockrecords__partner_sku__in=["CF-1", "CF-2"]).count() == 2


def test_an_import_tells_the_province_staff_once(categories, django_capture_on_commit_callbacks):
    from django.core import mail

    with django_capture_on_commit_callbacks(execute=True):
        listing_import(cooperative=categories["coop_a"], data=csv_file(*GOOD), submitted_by=None)
    assert [message.to for message in mail.outbox] == [["canbo-daklak@example.com"]]
    assert "2" in mail.outbox[0].body
