import io
from urllib.parse import urlsplit

import pytest
import zxingcpp
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from tests.factories import CooperativeFactory
from tests.html import soup
from traceability import labels, services

from .conftest import GTIN_13, seller_of


def decode(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.fixture
def labelled(client, product, lot, seller):
    services.product_gtin_set(product=product, gtin=GTIN_13)
    client.force_login(seller)
    return lot


def label_url(lot, kind: str) -> str:
    return reverse("traceability-dashboard:label", kwargs={"pk": lot.pk, "kind": kind})


def test_the_png_label_decodes_to_a_digital_link_the_site_resolves_to_the_lot(client, labelled):
    response = client.get(label_url(labelled, "png"))
    assert response["Content-Type"] == "image/png"
    [uri] = decode(Image.open(io.BytesIO(response.content)))
    assert uri == f"http://testserver/01/0{GTIN_13}/10/LUA-2025-01"
    client.logout()
    page = client.get(urlsplit(uri).path)
    assert page.status_code == 200
    assert "Lô LUA-2025-01" in soup(page).get_text(" ")


def test_a_product_without_a_gtin_gets_a_short_path_of_its_own(client, product, lot, seller):
    client.force_login(seller)
    [uri] = decode(Image.open(io.BytesIO(client.get(label_url(lot, "png")).content)))
    assert urlsplit(uri).path == f"/tx/{product.pk}/LUA-2025-01"
    assert client.get(urlsplit(uri).path).status_code == 200


def test_the_svg_label_is_an_svg_qr_code(client, labelled):
    response = client.get(label_url(labelled, "svg"))
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content
    assert "attachment" in response["Content-Disposition"]


def test_the_label_sheet_pdf_renders_vietnamese_and_its_qr_codes_decode(client, labelled):
    response = client.get(label_url(labelled, "pdf"))
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    page = reader.pages[0]
    text = " ".join(page.extract_text().split())
    assert "Gạo ST25 hữu cơ Buôn Đôn" in text
    assert "HTX Nông nghiệp Buôn Đôn" in text
    assert "Lô: LUA-2025-01" in text
    assert "NSX: 20/10/2025" in text and "HSD: 20/10/2026" in text
    assert text.count("Lô: LUA-2025-01") == labels.COLUMNS * labels.ROWS
    [qr] = page.images  # one image, drawn on every label
    assert decode(qr.image) == [f"http://testserver/01/0{GTIN_13}/10/LUA-2025-01"]


def test_another_cooperatives_label_is_a_404(client, lot):
    client.force_login(seller_of(CooperativeFactory()))
    assert client.get(label_url(lot, "pdf")).status_code == 404
