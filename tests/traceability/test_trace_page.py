import datetime

from django.urls import reverse

from tests.factories import ProductFactory
from tests.html import soup
from traceability import selectors, services
from traceability.models import Lot

from .conftest import GTIN_13


def test_a_product_with_no_lot_has_a_truthful_trace_page(client, product):
    response = client.get(f"/tx/{product.pk}")
    assert response.status_code == 200
    text = soup(response).get_text(" ")
    for fact in (
        "Gạo ST25 hữu cơ Buôn Đôn",
        "HTX Nông nghiệp Buôn Đôn",
        "6001234567",
        "Tốt (2024)",
        "Đắk Lắk",
        "VietGAP",
        "Túi 5 kg",
        "1 năm",
    ):
        assert fact in text, fact
    assert "chưa ghi nhận lô sản xuất nào" in text
    assert "Thu hồi" not in text
    buy = soup(response).select_one("a.trace-buy")
    assert buy["href"] == product.get_absolute_url()


def test_a_product_with_a_gtin_is_shown_at_its_digital_link_path(client, product):
    services.product_gtin_set(product=product, gtin=GTIN_13)
    response = client.get(f"/tx/{product.pk}")
    assert response.status_code == 302
    assert response["Location"] == f"/01/0{GTIN_13}"
    assert client.get(f"/01/0{GTIN_13}").status_code == 200
    # GS1 scanners may send the 13 digits printed under the barcode.
    assert client.get(f"/01/{GTIN_13}").status_code == 200


def test_a_lot_page_resolves_its_digital_link_and_shows_the_diary(client, product, lot):
    services.product_gtin_set(product=product, gtin=GTIN_13)
    response = client.get(f"/01/0{GTIN_13}/10/LUA-2025-01")
    assert response.status_code == 200
    page = soup(response)
    text = page.get_text(" ")
    assert "Lô LUA-2025-01" in text
    steps = [li.get_text(" ", strip=True) for li in page.select(".trace-step")]
    assert "Gieo mạ trên ruộng số 4" in steps[0]
    assert "Thu hoạch bằng máy gặt" in steps[1]
    assert "20/10/2026" in text
    osm = page.select_one("a.trace-map__link")["href"]
    assert "mlat=12.812300" in osm and "mlon=107.901200" in osm


def test_an_unknown_lot_or_product_is_a_404(client, product, lot):
    assert client.get(f"/tx/{product.pk}/KHONG-CO").status_code == 404
    assert client.get(f"/01/0{GTIN_13}").status_code == 404
    hidden = ProductFactory(is_public=False)
    assert client.get(f"/tx/{hidden.pk}").status_code == 404


def test_each_view_of_a_lot_page_counts_one_scan(client, product, lot):
    for _ in range(3):
        client.get(f"/tx/{product.pk}/{lot.code}")
    lot.refresh_from_db()
    assert lot.scan_count == 3


def test_a_recalled_lot_shows_a_clear_warning(client, product, lot, seller):
    services.lot_recall(lot=lot, reason="Phát hiện dư lượng thuốc vượt ngưỡng", recalled_by=seller)
    response = client.get(f"/tx/{product.pk}/{lot.code}")
    alert = soup(response).select_one("[role=alert]")
    assert "đã bị thu hồi" in alert.get_text()
    assert "Phát hiện dư lượng thuốc vượt ngưỡng" in alert.get_text()
    product_page = soup(client.get(f"/tx/{product.pk}"))
    assert "Đã thu hồi" in product_page.select_one("[role=alert]").get_text()


def test_a_product_is_recalled_only_while_every_lot_is(product, lot, seller):
    assert not selectors.product_is_recalled(product=product)
    services.lot_recall(lot=lot, reason="Bao bì lỗi", recalled_by=seller)
    assert selectors.product_is_recalled(product=product)
    services.lot_create(product=product, code="LUA-2025-02", produced_on=datetime.date(2025, 11, 1))
    assert not selectors.product_is_recalled(product=product)


def test_a_product_without_lots_is_not_recalled(product):
    assert not Lot.objects.exists()
    assert not selectors.product_is_recalled(product=product)


def test_the_product_page_links_the_trace_page(client, product):
    response = client.get(product.get_absolute_url())
    link = soup(response).select_one("a.trace-link")
    assert link["href"] == reverse("traceability:product", kwargs={"product_id": product.pk})


def test_staff_find_the_recall_from_the_lot_page(client, product, lot, django_user_model):
    recall = reverse("traceability-dashboard:lot-recall", kwargs={"pk": lot.pk})
    assert recall not in client.get(f"/tx/{product.pk}/{lot.code}").content.decode()
    client.force_login(django_user_model.objects.create_user("canbo", "cb@tinh.vn", is_staff=True))
    assert recall in client.get(f"/tx/{product.pk}/{lot.code}").content.decode()
