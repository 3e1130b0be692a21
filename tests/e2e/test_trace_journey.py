"""A seller on a phone records a lot and a diary step with a photo, prints the label sheet; the
QR code on it, decoded, opens the lot's trace page with the step."""

import io
from pathlib import Path

import pytest
import zxingcpp
from django.test import Client
from oscar.test.factories import UserFactory
from PIL import Image
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser import screenshot
from tests.factories import CertificationFactory, CooperativeFactory, ProductFactory
from traceability import services

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def session_cookie(user, live_server) -> dict:
    client = Client()
    client.force_login(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}


@pytest.fixture
def seller_session(live_server):
    cooperative = CooperativeFactory(name="HTX Nông nghiệp Dịch vụ Cà phê Ea Tu")
    product = ProductFactory(
        title="Cà phê Robusta rang mộc Ea Tu",
        cooperative=cooperative,
        certifications=[CertificationFactory()],
    )
    services.product_gtin_set(product=product, gtin="8930000123459")
    seller = UserFactory()
    cooperative.partner.users.add(seller)
    return session_cookie(seller, live_server)


@pytest.fixture
def photo_file(tmp_path) -> Path:
    path = tmp_path / "thu-hoach.jpg"
    Image.new("RGB", (800, 600), (150, 40, 30)).save(path, "JPEG")
    return path


def shot(page, name: str) -> None:
    screenshot(page, f"trace-{name}")


def test_a_seller_labels_a_lot_and_its_qr_opens_the_trace_page(seller_session, photo_file, page):
    page.context.add_cookies([seller_session])
    page.goto("/dashboard/truy-xuat/lo/them/")
    page.get_by_label("Mã lô").fill("EATU-25-11")
    page.get_by_label("Ngày sản xuất (thu hoạch)").fill("2025-11-05")
    page.get_by_label("Hạn sử dụng").fill("2026-11-05")
    page.get_by_label("Số lượng").fill("1800")
    shot(page, "1-lot-form")
    page.get_by_role("button", name="Lưu lô").click()
    expect(page.locator("h1")).to_contain_text("Lô EATU-25-11")

    page.get_by_role("link", name="Ghi nhật ký").first.click()
    page.get_by_label("Công việc").select_option("harvest")
    page.get_by_label("Ngày thực hiện").fill("2025-11-05")
    page.get_by_label("Nội dung").fill("Hái chọn quả chín đỏ trên 95%")
    page.get_by_label("Ảnh").set_input_files(str(photo_file))
    shot(page, "2-step-form")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator("main, .page-content").first).to_contain_text(
        "Hái chọn quả chín đỏ trên 95%"
    )
    shot(page, "3-lot-detail")

    sheet = page.get_by_role("link", name="In tờ tem nhãn (PDF)").get_attribute("href")
    pdf = page.request.get(sheet)
    assert pdf.headers["content-type"] == "application/pdf"
    first_page = PdfReader(io.BytesIO(pdf.body())).pages[0]
    assert "Cà phê Robusta rang mộc Ea Tu" in " ".join(first_page.extract_text().split())
    [qr] = first_page.images
    [uri] = [result.text for result in zxingcpp.read_barcodes(qr.image)]
    assert uri.endswith("/01/08930000123459/10/EATU-25-11")

    page.context.clear_cookies()  # a shopper scans the label
    page.goto(uri)
    expect(page.locator("h1")).to_have_text("Cà phê Robusta rang mộc Ea Tu")
    step = page.locator(".trace-step")
    expect(step).to_contain_text("Thu hoạch")
    expect(step).to_contain_text("Hái chọn quả chín đỏ trên 95%")
    expect(step.locator("img")).to_be_visible()
    expect(page.get_by_role("link", name="Mua sản phẩm này")).to_be_visible()
    shot(page, "4-trace-page")
