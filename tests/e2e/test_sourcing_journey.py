"""A buyer posts a purchase request; a cooperative the search engine matched sends an offer; the
buyer accepts it and both sides see each other's contact."""

import pytest
from django.test import Client
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.test.factories import UserFactory
from playwright.sync_api import expect

from sourcing import services
from tests.browser import screenshot
from tests.factories import CertificationFactory, CooperativeFactory, ProductFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COOPERATIVE_PHONE = "+84905777666"
BUYER_PHONE = "+84912345678"


def session_cookie(user, live_server) -> dict:
    client = Client()
    client.force_login(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}


@pytest.fixture
def people(live_server, search_index):
    vietgap = CertificationFactory()
    rice = create_from_breadcrumbs("Lương thực > Gạo")
    cooperative = CooperativeFactory(name="HTX Lúa gạo Krông Ana", phone=COOPERATIVE_PHONE)
    ProductFactory(
        title="Gạo ST25 Krông Ana",
        cooperative=cooperative,
        categories=["Lương thực > Gạo"],
        certifications=[vietgap],
    )
    search_index.refresh()  # the transactional test committed the product: it is indexed
    seller = UserFactory()
    cooperative.partner.users.add(seller)
    buyer = UserFactory()
    services.buyer_profile_save(
        user=buyer,
        company_name="Công ty Suất ăn Hoa Sen",
        contact_name="Trần Thị Bếp",
        phone=BUYER_PHONE,
        email="muahang@hoasen.vn",
    )
    return {
        "buyer": session_cookie(buyer, live_server),
        "seller": session_cookie(seller, live_server),
        "rice": rice.pk,
        "vietgap": vietgap.pk,
    }


def act_as(page, cookie) -> None:
    page.context.clear_cookies()
    page.context.add_cookies([cookie])


def test_a_request_gets_an_offer_that_the_buyer_accepts(people, page):
    act_as(page, people["buyer"])
    page.goto("/cung-cau/yeu-cau/dang/")
    page.get_by_label("Bạn cần mua gì?").fill("Gạo VietGAP cho bếp ăn trường học")
    page.get_by_label("Danh mục", exact=True).select_option(str(people["rice"]))
    page.get_by_label("Số lượng").fill("2000")
    page.get_by_label("Đơn vị tính").fill("kg")
    page.get_by_label("Tỉnh/thành phố nhận hàng").select_option("66")
    page.get_by_label("Tần suất").select_option("weekly")
    page.get_by_label("VietGAP").check()
    screenshot(page, "sourcing-1-request-form")
    page.get_by_role("button", name="Đăng yêu cầu").click()
    expect(page.locator("h1")).to_have_text("Gạo VietGAP cho bếp ăn trường học")
    expect(page.locator(".sourcing-products")).to_contain_text("Gạo ST25 Krông Ana")
    request_url = page.url

    act_as(page, people["seller"])
    page.goto("/dashboard/cung-cau/")
    page.get_by_role("link", name="Gạo VietGAP cho bếp ăn trường học").click()
    expect(page.locator("main")).not_to_contain_text(BUYER_PHONE)
    page.get_by_label("Đơn giá (₫)").fill("14500")
    page.get_by_label("Số lượng có thể cung cấp").fill("2000")
    page.get_by_label("Thời gian giao hàng (ngày)").fill("5")
    page.get_by_label("Lời nhắn cho người mua").fill("Gạo mới xay, giao tận bếp.")
    page.get_by_role("button", name="Gửi báo giá").click()
    expect(page.locator(".page-content")).to_contain_text("khi báo giá của bạn được chấp nhận")

    act_as(page, people["buyer"])
    page.goto(request_url)
    offer = page.locator("[data-offer]")
    expect(offer).to_contain_text("HTX Lúa gạo Krông Ana")
    expect(offer).not_to_contain_text(COOPERATIVE_PHONE)
    screenshot(page, "sourcing-2-offers")
    offer.get_by_role("button", name="Chấp nhận báo giá này").click()
    expect(page.locator(".sourcing-contact")).to_contain_text(COOPERATIVE_PHONE)
    screenshot(page, "sourcing-3-accepted")

    act_as(page, people["seller"])
    page.goto(request_url)
    expect(page.locator(".sourcing-contact")).to_contain_text(BUYER_PHONE)
