"""A cooperative's way in, in a real browser: it applies, the province's staff approve it, it adds
a listing with a picture that is public only once approved, and the staff read a report; then
a CSV import with a mistake, its error shown, corrected and imported."""

import io

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.test.factories import create_basket, create_order
from PIL import Image
from playwright.sync_api import expect

from cooperatives.models import StaffProvince
from cooperatives.roles import STAFF_GROUP
from cooperatives.services import cooperative_add_seller, role_group_ensure
from tests.browser import screenshot as shot
from tests.factories import (
    BUON_MA_THUOT,
    DAK_LAK,
    CooperativeFactory,
    ProductClassFactory,
    ProductFactory,
    UserFactory,
    site_home_create,
    valid_tax_code,
)
from tests.html import pdf

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-thu-nghiem-2025"


def user_create(email: str, **fields):
    user = UserFactory(email=email, username=email.split("@")[0], **fields)
    user.set_password(PASSWORD)
    user.save()
    return user


def log_in(page, email: str) -> None:
    page.goto("/accounts/logout/")
    page.goto("/accounts/login/")
    page.fill('input[name="login-username"]', email)
    page.fill('input[name="login-password"]', PASSWORD)
    page.locator('button[name="login_submit"]').click()
    page.wait_for_load_state()


def listing_submit(page, *, category: str, picture: dict, stock: tuple[str, str, str]) -> str:
    """On the seller's product form, already filled above its tabs: picks the first category
    named `category`, uploads `picture`, gives one stock record (SKU, price, number in stock),
    saves it for review and returns the product's public URL."""
    page.locator('a[href="#product_category"]').click()
    select = page.locator('select[name$="-0-category"]')
    value = select.locator("option", has_text=category).first.get_attribute("value")
    select.select_option(value, force=True)
    page.locator('a[href="#product_images"]').click()
    page.set_input_files('input[type="file"][name$="-0-original"]', picture)
    page.locator('a[href="#product_stock"]').click()
    for name, value in zip(("partner_sku", "price", "num_in_stock"), stock, strict=True):
        page.fill(f'[name$="-0-{name}"]', value)
    page.locator('button[name="action"][value="continue"]').click()
    expect(page.locator("body")).to_contain_text("chờ cán bộ tỉnh duyệt")
    return page.locator('a[href^="/catalogue/"]').first.get_attribute("href")


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 600), (150, 90, 40)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def marketplace():
    site_home_create(title="Chợ HTX", slug="cho-htx", hero_title="Đặc sản hợp tác xã")
    create_from_breadcrumbs("Thực phẩm > Mật ong")
    ProductClassFactory(name="Sản phẩm OCOP", slug="san-pham-ocop")
    staff = user_create("canbo@example.com", is_staff=True, first_name="Cán bộ")
    staff.groups.add(role_group_ensure(name=STAFF_GROUP))
    StaffProvince.objects.create(user=staff, province=DAK_LAK)
    user_create("ung-vien@example.com", first_name="Bình")
    basket = create_basket(empty=True)
    basket.add_product(ProductFactory(cooperative=CooperativeFactory(province=DAK_LAK)))
    create_order(basket=basket)
    return {"tax_code": valid_tax_code(604_556_677)}


def test_apply_approve_list_moderate_and_report(marketplace, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, "ung-vien@example.com")

    page.goto("/")
    page.get_by_role("link", name="Đăng ký bán hàng").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng ký bán hàng")
    page.fill('[name="name"]', "HTX Mật ong Ea Kar")
    page.fill('[name="tax_code"]', marketplace["tax_code"])
    page.select_option('[name="province"]', str(DAK_LAK))
    expect(page.locator(f'[name="commune"] option[value="{BUON_MA_THUOT}"]')).to_have_count(1)
    page.select_option('[name="commune"]', str(BUON_MA_THUOT))
    page.fill('[name="street_address"]', "12 Lê Duẩn")
    page.fill('[name="representative"]', "Trần Thị Bình")
    page.fill('[name="representative_id_number"]', "066190001234")
    page.fill('[name="phone"]', "0905 123 456")
    page.fill('[name="email"]', "matong@example.vn")
    page.set_input_files(
        '[name="business_registration"]',
        {"name": "dang-ky.pdf", "mimeType": "application/pdf", "buffer": pdf()},
    )
    shot(page, "01-application-form")
    page.get_by_role("button", name="Gửi hồ sơ").click()
    expect(page.locator("main")).to_contain_text("Chờ duyệt")
    shot(page, "02-application-submitted")

    log_in(page, "canbo@example.com")
    page.goto("/dashboard/")
    page.get_by_role("link", name="HTX Mật ong Ea Kar").first.click()
    expect(page.locator("body")).to_contain_text("066190001234")
    shot(page, "03-staff-application")
    page.get_by_role("button", name="Duyệt").click()
    expect(page.locator("body")).to_contain_text("đã được duyệt")

    log_in(page, "ung-vien@example.com")
    page.goto("/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("HTX Mật ong Ea Kar")
    shot(page, "04-seller-start")
    page.goto("/dashboard/catalogue/products/create/san-pham-ocop/")
    page.fill('[name="title"]', "Mật ong hoa cà phê Ea Kar")
    page.select_option('[name="ocop_stars_claim"]', "4")
    page.fill('[name="unit"]', "Chai 500 ml")
    page.fill('[name="shelf_life_days"]', "720")
    product_url = listing_submit(
        page,
        category="Mật ong",
        picture={"name": "mat-ong.png", "mimeType": "image/png", "buffer": png()},
        stock=("MO-500", "180000", "30"),
    )
    shot(page, "05-listing-saved")

    page.goto("/accounts/logout/")
    assert page.goto(product_url).status == 404

    log_in(page, "canbo@example.com")
    page.goto("/dashboard/province/listings/")
    page.get_by_role("link", name="Mật ong hoa cà phê Ea Kar").click()
    expect(page.locator("table.revision-diff")).to_contain_text("Mật ong hoa cà phê Ea Kar")
    expect(page.locator('img[src*="mat-ong"]')).to_have_count(1)
    shot(page, "06-staff-review")
    page.locator('[name="ocop_stars"]').select_option("4", force=True)
    page.get_by_role("button", name="Duyệt và đăng").click()
    expect(page.locator("body")).to_contain_text("đã được duyệt")

    page.goto("/dashboard/province/reports/")
    expect(page.locator("svg.report-chart")).to_be_visible()
    shot(page, "07-staff-report")

    page.goto("/accounts/logout/")
    response = page.goto(product_url)
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("Mật ong hoa cà phê Ea Kar")
    expect(page.locator("main")).to_contain_text("OCOP")
    shot(page, "08-public-listing")


@pytest.fixture
def seller():
    create_from_breadcrumbs("Đồ uống > Cà phê")
    cooperative = CooperativeFactory(name="HTX Cà phê Ea Tu", slug="htx-ca-phe-ea-tu")
    user = user_create("nguoiban@example.com")
    cooperative_add_seller(cooperative=cooperative, user=user)
    ProductClassFactory(name="Sản phẩm OCOP", slug="san-pham-ocop")
    site_home_create(title="Chợ HTX", slug="cho-htx", hero_title="Đặc sản hợp tác xã")
    return user


CSV_HEADER = "Mã SKU,Tên sản phẩm,Mô tả,Danh mục,Giá (VND),Tồn kho\n"


def test_csv_import_shows_the_mistake_then_imports_the_corrected_file(seller, page, tmp_path):
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, "nguoiban@example.com")
    page.goto("/dashboard/seller/import/")
    shot(page, "09-csv-start")
    wrong = CSV_HEADER + (
        "CF-1,Cà phê Robusta,,Đồ uống > Cà phê,125000,50\n"
        "CF-2,Cà phê Arabica,,Đồ uống > Cà phê,một trăm nghìn,20\n"
    )
    page.set_input_files(
        'input[name="file"]',
        {"name": "san-pham.csv", "mimeType": "text/csv", "buffer": wrong.encode("utf-8-sig")},
    )
    page.get_by_role("button", name="Kiểm tra tệp").click()
    error_row = page.locator("table.import-preview tr.table-danger")
    expect(error_row).to_contain_text("Cà phê Arabica")
    expect(error_row).to_contain_text("Giá (VND)")
    expect(error_row).to_contain_text("không phải là giá")
    expect(page.get_by_role("button", name="Xác nhận và nhập")).to_have_count(0)
    shot(page, "09-csv-error")

    corrected = wrong.replace("một trăm nghìn", "98000")
    page.set_input_files(
        'input[name="file"]',
        {"name": "san-pham.csv", "mimeType": "text/csv", "buffer": corrected.encode("utf-8")},
    )
    page.get_by_role("button", name="Kiểm tra tệp").click()
    expect(page.locator("table.import-preview tr.table-danger")).to_have_count(0)
    page.get_by_role("button", name="Xác nhận và nhập").click()
    expect(page.locator("body")).to_contain_text("2 sản phẩm mới")
    expect(page.locator("body")).to_contain_text("Cà phê Arabica")
    shot(page, "10-csv-imported")
