"""The seller's workspace: who comes in, isolation between cooperatives, the phone diary form,
and clear Vietnamese messages for bad input."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.test.factories import UserFactory

from cooperatives.models import Cooperative, StaffProvince
from tests.factories import HA_NOI, CooperativeFactory
from tests.html import pdf, soup
from traceability.models import Lot, Step

from .conftest import photo, seller_of

LOTS = reverse("traceability-dashboard:lot-list")
NEW_LOT = reverse("traceability-dashboard:lot-create")
NEW_STEP = reverse("traceability-dashboard:step-create")


def errors(response) -> str:
    return " ".join(soup(response).get_text(" ").split())


def test_only_sellers_of_an_approved_cooperative_come_in(client, db):
    assert client.get(LOTS).status_code == 302  # to the sign-in page
    client.force_login(UserFactory())
    assert client.get(LOTS).status_code == 403
    pending = CooperativeFactory(status=Cooperative.Status.PENDING)
    client.force_login(seller_of(pending))
    assert client.get(LOTS).status_code == 403


def test_another_cooperatives_lot_is_a_404(client, lot):
    client.force_login(seller_of(CooperativeFactory()))
    for name in ("lot-detail", "lot-recall", "certificate-create", "epcis"):
        url = reverse(f"traceability-dashboard:{name}", kwargs={"pk": lot.pk})
        assert client.get(url).status_code == 404, name
    assert lot.code not in client.get(LOTS).content.decode()


def test_staff_may_recall_a_lot_of_their_province_with_a_reason(client, lot):
    url = reverse("traceability-dashboard:lot-recall", kwargs={"pk": lot.pk})
    elsewhere = UserFactory(is_staff=True)
    StaffProvince.objects.create(user=elsewhere, province=HA_NOI)
    client.force_login(elsewhere)
    assert client.post(url, {"reason": "Không đạt"}).status_code == 404
    staff = UserFactory(is_staff=True)
    StaffProvince.objects.create(user=staff, province=lot.product.cooperative.province)
    client.force_login(staff)
    assert client.post(url, {"reason": "Kết quả kiểm nghiệm không đạt"}).status_code == 302
    lot.refresh_from_db()
    assert lot.is_recalled and lot.recall_reason == "Kết quả kiểm nghiệm không đạt"


def test_a_seller_records_a_lot(client, seller, product):
    client.force_login(seller)
    response = client.post(
        NEW_LOT,
        {
            "product": product.pk,
            "code": "CF-2025-11",
            "produced_on": "2025-11-02",
            "expires_on": "2026-11-02",
            "quantity": "350",
            "quantity_unit": "kg",
            "province": product.origin_province,
            "commune": product.origin_commune,
            "growing_area": "Đồi số 2",
        },
    )
    lot = Lot.objects.get()
    assert response["Location"] == reverse(
        "traceability-dashboard:lot-detail", kwargs={"pk": lot.pk}
    )
    assert lot.place.startswith("Đồi số 2, Phường Buôn Ma Thuột")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"expires_on": "2025-10-01"}, "Hạn sử dụng phải sau ngày sản xuất."),
        ({"quantity": "-5"}, "Số lượng không được là số âm."),
        ({"produced_on": "2999-01-01"}, "Ngày sản xuất không được ở tương lai."),
        ({"code": "Lô 1"}, "Mã lô gồm 1 đến 20 ký tự"),
        ({"latitude": "12.5"}, "Hãy nhập cả vĩ độ và kinh độ"),
    ],
)
def test_a_bad_lot_gets_a_clear_vietnamese_message(client, seller, product, fields, message):
    client.force_login(seller)
    data = {"product": product.pk, "code": "L1", "produced_on": "2025-11-02", **fields}
    response = client.post(NEW_LOT, data)
    assert response.status_code == 200
    assert message in errors(response)
    assert not Lot.objects.exists()


def test_a_step_from_the_phone_remembers_the_lot_and_the_kind(client, seller, lot):
    client.force_login(seller)
    form = soup(client.get(NEW_STEP))
    photo_input = form.select_one("input[name=photo]")
    assert photo_input["accept"] == "image/*" and photo_input["capture"] == "environment"
    response = client.post(
        NEW_STEP,
        {
            "lot": lot.pk,
            "kind": "fertilising",
            "date": "2025-08-01",
            "text": "Bón phân hữu cơ vi sinh",
            "photo": photo(),
            "add_another": "1",
        },
    )
    assert response["Location"] == NEW_STEP
    step = Step.objects.get(kind="fertilising")
    assert step.photo.name.endswith(".jpg")
    again = soup(client.get(NEW_STEP))
    assert again.select_one("select[name=lot] option[selected]")["value"] == str(lot.pk)
    assert again.select_one("select[name=kind] option[selected]")["value"] == "fertilising"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"photo": SimpleUploadedFile("anh.jpg", b"not an image", content_type="image/jpeg")},
            "Tệp đã chọn không phải là ảnh (JPEG, PNG hoặc WebP)",
        ),
        ({"date": "2999-01-01"}, "Ngày thực hiện không được ở tương lai."),
    ],
)
def test_a_bad_step_gets_a_clear_vietnamese_message(client, seller, lot, fields, message):
    client.force_login(seller)
    data = {"lot": lot.pk, "kind": "care", "date": "2025-08-01", "text": "Làm cỏ", **fields}
    response = client.post(NEW_STEP, data)
    assert response.status_code == 200
    assert message in errors(response)


def test_a_step_after_the_lots_expiry_is_refused(client, seller, lot):
    today = datetime.date.today()
    Lot.objects.filter(pk=lot.pk).update(
        produced_on=today - datetime.timedelta(days=100),
        expires_on=today - datetime.timedelta(days=10),
    )
    client.force_login(seller)
    data = {"lot": lot.pk, "kind": "care", "date": today.isoformat(), "text": "Làm cỏ"}
    assert "Ngày này sau hạn sử dụng của lô." in errors(client.post(NEW_STEP, data))


def test_a_certificate_must_be_a_pdf_or_an_image_by_its_content(client, seller, lot):
    client.force_login(seller)
    url = reverse("traceability-dashboard:certificate-create", kwargs={"pk": lot.pk})
    fake = SimpleUploadedFile("ketqua.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(url, {"title": "Phiếu kiểm nghiệm", "file": fake})
    assert "Chứng nhận phải là tệp PDF hoặc ảnh" in errors(response)
    real = SimpleUploadedFile("ketqua.pdf", pdf(), content_type="application/pdf")
    response = client.post(url, {"title": "Phiếu kiểm nghiệm", "file": real})
    assert response.status_code == 302
    assert lot.certificates.get().is_pdf


def test_the_seller_sees_the_scans_of_each_lot(client, seller, product, lot):
    client.get(f"/tx/{product.pk}/{lot.code}")
    client.get(f"/tx/{product.pk}/{lot.code}")
    client.force_login(seller)
    row = soup(client.get(LOTS)).select_one("tbody tr")
    assert [td.get_text(strip=True) for td in row.select("td")][4] == "2"


def test_a_lot_code_is_unique_per_product(client, seller, product, lot):
    client.force_login(seller)
    data = {"product": product.pk, "code": lot.code, "produced_on": "2025-11-02"}
    assert "Sản phẩm này đã có một lô mang mã này." in errors(client.post(NEW_LOT, data))


def test_a_seller_corrects_a_lot_but_not_another_cooperatives(client, seller, product, lot):
    url = reverse("traceability-dashboard:lot-update", kwargs={"pk": lot.pk})
    client.force_login(seller_of(CooperativeFactory()))
    assert client.get(url).status_code == 404
    client.force_login(seller)
    data = {"product": product.pk, "code": lot.code, "produced_on": "2025-10-21", "quantity": "900"}
    assert client.post(url, data).status_code == 302
    lot.refresh_from_db()
    assert lot.produced_on == datetime.date(2025, 10, 21) and lot.quantity == 900
    wrong = client.post(url, {**data, "expires_on": "2025-01-01"})
    assert "Hạn sử dụng phải sau ngày sản xuất." in errors(wrong)
