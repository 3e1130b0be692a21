"""Applying as a cooperative, and province staff's decisions on applications and cooperatives."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from cooperatives.models import Cooperative, CooperativeApplication, CooperativeDecision
from cooperatives.services import (
    application_approve,
    application_reject,
    application_request_changes,
    application_submit,
    cooperative_suspend,
)
from cooperatives.validators import validate_tax_code
from tests.factories import BUON_MA_THUOT, DAK_LAK, UserFactory, valid_tax_code

from .conftest import image_bytes, pdf_upload, staff_create

pytestmark = pytest.mark.django_db


def application_data(**overrides) -> dict:
    return {
        "name": "HTX Mật ong Ea Kar",
        "kind": Cooperative.Kind.COOPERATIVE,
        "is_agricultural": "on",
        "tax_code": valid_tax_code(604_112_233),
        "province": DAK_LAK,
        "commune": BUON_MA_THUOT,
        "street_address": "12 Lê Duẩn",
        "representative": "Trần Thị Bình",
        "phone": "0905 123 456",
        "email": "matong@example.vn",
        "description": "Mật ong hoa cà phê.",
        "founded_year": "2015",
        "member_count": "24",
        "representative_id_number": "066190001234",
        **overrides,
    }


def submit(client, **overrides):
    data = application_data(**overrides)
    data.setdefault("business_registration", pdf_upload())
    return client.post(reverse("cooperatives:apply"), data)


@pytest.fixture
def applicant(client):
    user = UserFactory(email="ung-vien@example.com", username="ung-vien")
    client.force_login(user)
    return user


@pytest.fixture
def staff():
    return staff_create(provinces=[DAK_LAK], email="canbo@example.com")


def test_the_form_asks_anonymous_visitors_to_log_in(client):
    response = client.get(reverse("cooperatives:apply"))
    assert response.status_code == 302
    assert reverse("customer:login") in response["Location"]


def test_an_application_registers_a_pending_cooperative_and_tells_applicant_and_staff(
    client, applicant, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)
    application = CooperativeApplication.objects.get()
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert application.cooperative.status == Cooperative.Status.PENDING
    assert application.applicant == applicant
    assert application.representative_id_number == "066190001234"
    assert {tuple(m.to) for m in mail.outbox} >= {
        ("ung-vien@example.com", "matong@example.vn"),
        ("canbo@example.com",),
    }
    page = client.get(application.get_absolute_url())
    assert "Chờ duyệt" in page.content.decode() or "chờ duyệt" in page.content.decode()


def test_a_wrong_tax_code_check_digit_is_refused(client, applicant):
    good = valid_tax_code(604_112_233)
    wrong = good[:9] + str((int(good[9]) + 1) % 10)
    response = submit(client, tax_code=wrong)
    assert response.status_code == 200
    assert "Chữ số cuối" in response.context["form"].errors["tax_code"][0]
    assert not Cooperative.objects.exists()
    with pytest.raises(ValidationError):
        validate_tax_code(wrong)
    validate_tax_code(good)
    validate_tax_code(f"{good}-001")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (("hop-dong.pdf", b"MZ\x90\x00 not really a pdf"), "PDF, JPEG"),
        (("anh.png", b"<html><script>alert(1)</script></html>"), "PDF, JPEG"),
    ],
)
def test_a_renamed_non_document_is_refused(client, applicant, upload, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = submit(client, business_registration=SimpleUploadedFile(*upload))
    assert response.status_code == 200
    assert message in response.context["form"].errors["business_registration"][0]


def test_an_oversized_document_is_refused(client, applicant, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.IMAGE_MAX_UPLOAD_BYTES = 1024
    big = SimpleUploadedFile("giay.pdf", b"%PDF-1.4\n" + b"0" * 2048)
    response = submit(client, business_registration=big)
    assert "quá lớn" in response.context["form"].errors["business_registration"][0]


def test_a_decompression_bomb_is_refused_before_it_is_decoded(client, applicant, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.IMAGE_MAX_PIXELS = 100 * 100
    bomb = SimpleUploadedFile("giay.png", image_bytes("PNG", size=(400, 400)))
    response = submit(client, business_registration=bomb)
    assert "quá nhiều điểm ảnh" in response.context["form"].errors["business_registration"][0]


def test_an_image_document_is_accepted(client, applicant):
    from django.core.files.uploadedfile import SimpleUploadedFile

    scan = SimpleUploadedFile("giay.jpg", image_bytes("JPEG"))
    assert submit(client, business_registration=scan).status_code == 302


def submitted(applicant) -> CooperativeApplication:
    data = application_data()
    for key in ("is_agricultural", "founded_year", "member_count"):
        data.pop(key)
    return application_submit(applicant=applicant, business_registration=pdf_upload(), **data)


def test_approval_activates_the_cooperative_makes_the_applicant_its_seller_and_mails(
    applicant, staff, django_capture_on_commit_callbacks
):
    application = submitted(applicant)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        application_approve(application=application, decided_by=staff)
    cooperative = Cooperative.objects.get(pk=application.cooperative_id)
    assert cooperative.status == Cooperative.Status.APPROVED
    assert cooperative.approved_by == staff and cooperative.approved_at
    assert applicant in cooperative.partner.users.all()
    applicant.refresh_from_db()
    assert applicant.has_perm("partner.dashboard_access")
    decision = cooperative.decisions.first()
    assert (decision.action, decision.decided_by) == (CooperativeDecision.Action.APPROVED, staff)
    assert len(mail.outbox) == 1 and "ung-vien@example.com" in mail.outbox[0].to


@pytest.mark.parametrize(
    ("decide", "status", "action"),
    [
        (application_reject, CooperativeApplication.Status.REJECTED, "rejected"),
        (
            application_request_changes,
            CooperativeApplication.Status.CHANGES_REQUESTED,
            "changes_requested",
        ),
    ],
)
def test_reject_and_ask_for_changes_need_a_reason_mail_it_and_keep_it(
    applicant, staff, django_capture_on_commit_callbacks, decide, status, action
):
    application = submitted(applicant)
    with pytest.raises(ValidationError):
        decide(application=application, decided_by=staff, reason="  ")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decide(application=application, decided_by=staff, reason="Thiếu giấy phép")
    application.refresh_from_db()
    assert application.status == status
    decision = application.cooperative.decisions.first()
    assert (decision.action, decision.reason, decision.decided_by) == (
        action,
        "Thiếu giấy phép",
        staff,
    )
    assert len(mail.outbox) == 1 and "Thiếu giấy phép" in mail.outbox[0].body


def test_changes_requested_let_the_applicant_correct_and_resend(client, applicant, staff):
    application = submitted(applicant)
    application_request_changes(application=application, decided_by=staff, reason="Sai địa chỉ")
    page = client.get(application.get_absolute_url())
    assert "Sai địa chỉ" in page.content.decode()
    response = client.post(
        application.get_absolute_url(), application_data(street_address="45 Phan Bội Châu")
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == CooperativeApplication.Status.SUBMITTED
    assert application.cooperative.street_address == "45 Phan Bội Châu"


def test_suspension_needs_a_reason_mails_and_records_it(world, django_capture_on_commit_callbacks):
    cooperative = world["coop_a"]
    with pytest.raises(ValidationError):
        cooperative_suspend(cooperative=cooperative, suspended_by=world["staff_a"], reason="")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cooperative_suspend(
            cooperative=cooperative, suspended_by=world["staff_a"], reason="Hết hạn giấy phép"
        )
    assert cooperative.decisions.first().reason == "Hết hạn giấy phép"
    assert any("seller-a@example.com" in m.to for m in mail.outbox)


def test_staff_approve_in_the_dashboard(client, applicant, staff):
    application = submitted(applicant)
    client.force_login(staff)
    url = reverse("dashboard:province-application-detail", kwargs={"pk": application.pk})
    page = client.get(url)
    assert page.status_code == 200 and application.cooperative.name in page.content.decode()
    document = client.get(
        reverse(
            "dashboard:province-application-document",
            kwargs={"pk": application.pk, "document": "business_registration"},
        )
    )
    assert document.status_code == 200
    response = client.post(url, {"action": "approve", "reason": ""})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == CooperativeApplication.Status.APPROVED


def test_staff_rejecting_without_a_reason_see_why_on_the_page(client, applicant, staff):
    application = submitted(applicant)
    client.force_login(staff)
    url = reverse("dashboard:province-application-detail", kwargs={"pk": application.pk})
    response = client.post(url, {"action": "reject", "reason": ""})
    assert response.status_code == 200
    assert "lý do" in response.content.decode().lower()
    application.refresh_from_db()
    assert application.status == CooperativeApplication.Status.SUBMITTED


def test_suspension_hides_the_products_at_once(client, world):
    product = world["product_a"]
    assert client.get(product.get_absolute_url()).status_code == 200
    client.force_login(world["staff_a"])
    url = reverse("dashboard:province-cooperative-detail", kwargs={"pk": world["coop_a"].pk})
    client.post(url, {"action": "suspend", "reason": "Vi phạm an toàn thực phẩm"})
    client.logout()
    assert client.get(product.get_absolute_url()).status_code == 404
    listing = client.get(reverse("catalogue:index"))
    assert product.title not in listing.content.decode()
