"""Demo content of the storefront: the pages an e-commerce floor must publish, the contact
form, the collections (Bộ sưu tập), news categories and tags, the site settings and the home
page's approval workflow. Idempotent: pages that exist are left as staff may have edited them."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Workflow, WorkflowPage

from catalogue.models import Product
from cms import roles
from cms.models import (
    CollectionIndexPage,
    CollectionPage,
    ContactFormField,
    ContactPage,
    HomePage,
    InformationPage,
    NewsCategory,
    NewsPage,
    SiteSettings,
)
from cms.selectors import ProductRule
from cooperatives.models import Cooperative
from demo import data

POLICY_DATE = date(2026, 7, 1)
OPERATOR = {
    "operator_name": "Công ty Cổ phần Chợ Hợp tác xã (dữ liệu mẫu)",
    "operator_address": "Số 10 Lê Duẩn, Phường Buôn Ma Thuột, Tỉnh Đắk Lắk",
    "operator_tax_number": "6001234567",
    "operator_registration": "Do Sở Tài chính tỉnh Đắk Lắk cấp lần đầu ngày 01/07/2026",
    "hotline": "1900 6868",
    "email": "hotro@cho-htx.vn",
    "facebook_url": "https://www.facebook.com/chohtx",
    "zalo_url": "https://zalo.me/chohtx",
    "youtube_url": "",
    "moit_badge_url": "https://online.gov.vn/",
}

LEGAL_PAGES = [
    {
        "slug": "gioi-thieu",
        "title": "Giới thiệu",
        "intro": "Chợ HTX là sàn thương mại điện tử của các hợp tác xã và sản phẩm OCOP.",
        "body": (
            "<h2>Chợ của những người làm ra sản phẩm</h2>"
            "<p>Chợ HTX kết nối người mua trên cả nước với các hợp tác xã, liên hiệp hợp tác xã "
            "và tổ hợp tác đang sản xuất nông sản, thực phẩm và hàng thủ công. Mỗi gian hàng là "
            "một hợp tác xã đã được cán bộ tỉnh thẩm định hồ sơ; mỗi sản phẩm ghi rõ nơi xuất "
            "xứ, hạng sao OCOP và chứng nhận chất lượng nếu có.</p>"
            "<h2>Chúng tôi làm gì</h2>"
            "<ul><li>Cung cấp gian hàng trực tuyến, thanh toán và vận chuyển cho hợp tác xã.</li>"
            "<li>Giúp người mua tìm sản phẩm theo danh mục, tỉnh, hợp tác xã và hạng sao OCOP.</li>"
            "<li>Cùng cán bộ tỉnh giới thiệu sản phẩm theo mùa vụ và các chương trình xúc tiến "
            "thương mại.</li></ul>"
            "<h2>Phần mềm mở</h2>"
            "<p>Chợ HTX được xây dựng trên phần mềm nguồn mở, để các tỉnh và liên minh hợp tác xã "
            "có thể tự vận hành sàn của mình.</p>"
        ),
    },
    {
        "slug": "quy-che-hoat-dong",
        "title": "Quy chế hoạt động",
        "intro": "Quy chế hoạt động của sàn giao dịch thương mại điện tử Chợ HTX.",
        "body": (
            "<h2>1. Nguyên tắc chung</h2>"
            "<p>Chợ HTX là sàn giao dịch thương mại điện tử do thương nhân nêu ở chân trang "
            "thiết lập, hoạt động theo Luật Thương mại điện tử năm 2025, Nghị định 52/2013/NĐ-CP "
            "được sửa đổi, bổ sung bởi Nghị định 85/2021/NĐ-CP và các văn bản hướng dẫn. Người "
            "bán là hợp tác xã, liên hiệp hợp tác xã hoặc tổ hợp tác có đăng ký kinh doanh hợp "
            "lệ; người mua là tổ chức, cá nhân mua hàng trên sàn.</p>"
            "<h2>2. Quy định với người bán</h2>"
            "<ul><li>Đăng ký gian hàng với tên, mã số thuế, địa chỉ trụ sở, người đại diện và số "
            "điện thoại; cán bộ tỉnh thẩm định trước khi gian hàng được mở.</li>"
            "<li>Đăng thông tin sản phẩm đầy đủ, trung thực: tên, xuất xứ, quy cách, hạn sử dụng, "
            "giá bán đã gồm thuế, hạng sao OCOP và chứng nhận kèm giấy tờ chứng minh.</li>"
            "<li>Không bán hàng cấm kinh doanh, hàng giả, hàng không rõ nguồn gốc hoặc vi phạm "
            "quyền sở hữu trí tuệ.</li>"
            "<li>Xác nhận, đóng gói và giao đơn hàng đúng hẹn; giải quyết đổi trả và khiếu nại "
            "theo chính sách của sàn.</li></ul>"
            "<h2>3. Quy định với người mua</h2>"
            "<ul><li>Cung cấp họ tên, địa chỉ nhận hàng và số điện thoại chính xác.</li>"
            "<li>Kiểm tra hàng khi nhận và thanh toán theo phương thức đã chọn.</li>"
            "<li>Đánh giá sản phẩm trung thực, không đăng nội dung xúc phạm hay quảng cáo.</li>"
            "</ul>"
            "<h2>4. Quy trình giao dịch</h2>"
            "<p>Người mua chọn sản phẩm của một hoặc nhiều hợp tác xã vào giỏ hàng, nhập địa chỉ "
            "nhận hàng, chọn phương thức thanh toán và đặt hàng. Mỗi hợp tác xã xác nhận và giao "
            "phần đơn hàng của mình; người mua theo dõi trạng thái trong tài khoản.</p>"
            "<h2>5. Quyền và trách nhiệm của sàn</h2>"
            "<p>Sàn kiểm soát thông tin người bán và sản phẩm, gỡ bỏ tin đăng vi phạm, tạm ngừng "
            "gian hàng vi phạm nhiều lần, hỗ trợ giải quyết tranh chấp và cung cấp thông tin cho "
            "cơ quan nhà nước có thẩm quyền theo quy định của pháp luật.</p>"
            "<h2>6. Hiệu lực</h2>"
            "<p>Quy chế có hiệu lực từ ngày 01/07/2026. Mọi sửa đổi được công bố trên trang này "
            "ít nhất năm ngày trước khi áp dụng.</p>"
        ),
    },
    {
        "slug": "kiem-hang-doi-tra-hoan-tien",
        "title": "Chính sách kiểm hàng, đổi trả và hoàn tiền",
        "intro": "Người mua được kiểm hàng khi nhận, đổi trả và hoàn tiền khi sản phẩm không đúng.",
        "body": (
            "<h2>Kiểm hàng khi nhận</h2>"
            "<p>Người mua được mở gói để kiểm tra số lượng, tình trạng bên ngoài và nhãn sản phẩm "
            "trước khi thanh toán cho nhân viên giao hàng. Nếu hàng bị vỡ, móp, sai sản phẩm hoặc "
            "thiếu, người mua có quyền từ chối nhận phần hàng đó và không phải trả tiền.</p>"
            "<h2>Đổi trả</h2>"
            "<ul><li>Trong 7 ngày kể từ khi nhận, người mua được đổi hoặc trả sản phẩm lỗi, hỏng, "
            "sai mô tả hoặc hết hạn sử dụng.</li>"
            "<li>Với nông sản tươi (trái cây, rau, thủy sản), người mua báo trong 24 giờ kể từ "
            "khi nhận, kèm ảnh chụp sản phẩm.</li>"
            "<li>Sản phẩm đổi trả còn đủ bao bì và quà tặng kèm (nếu có). Thực phẩm đã mở và dùng "
            "một phần chỉ được trả khi có lỗi chất lượng.</li></ul>"
            "<h2>Hoàn tiền</h2>"
            "<p>Khi yêu cầu được chấp nhận, tiền được hoàn trong 7 ngày làm việc: qua tài khoản "
            "ngân hàng người mua cung cấp với đơn trả tiền mặt khi nhận hàng, hoặc về thẻ, tài "
            "khoản đã thanh toán với đơn thanh toán trực tuyến. Phí vận chuyển trả hàng do hợp "
            "tác xã chịu khi lỗi thuộc về người bán.</p>"
            "<h2>Cách gửi yêu cầu</h2>"
            "<p>Gửi yêu cầu qua trang Liên hệ hoặc đường dây nóng, kèm số đơn hàng và ảnh sản "
            "phẩm. Chúng tôi phản hồi trong 24 giờ làm việc.</p>"
        ),
    },
    {
        "slug": "van-chuyen-thanh-toan",
        "title": "Chính sách vận chuyển và thanh toán",
        "intro": "Phí giao hàng, thời gian giao và các cách thanh toán trên Chợ HTX.",
        "body": (
            "<h2>Vận chuyển</h2>"
            "<ul><li>Mỗi hợp tác xã tự đóng gói và giao phần đơn hàng của mình qua đơn vị vận "
            "chuyển; phí giao của từng hợp tác xã hiện rõ trong giỏ hàng trước khi đặt.</li>"
            "<li>Thời gian giao dự kiến: 1–2 ngày trong cùng tỉnh, 3–5 ngày liên tỉnh; nông sản "
            "tươi chỉ giao trong vùng giao nhanh được ghi trên trang sản phẩm.</li>"
            "<li>Đơn của nhiều hợp tác xã có thể đến vào những ngày khác nhau.</li></ul>"
            "<h2>Thanh toán</h2>"
            "<ul><li><strong>Tiền mặt khi nhận hàng (COD)</strong>: trả cho nhân viên giao hàng "
            "sau khi kiểm hàng.</li>"
            "<li><strong>Chuyển khoản VietQR</strong>: quét mã QR bằng ứng dụng ngân hàng; đơn "
            "được xác nhận khi tiền về.</li>"
            "<li><strong>Thẻ quốc tế</strong>: Visa, Mastercard qua cổng thanh toán bảo mật; Chợ "
            "HTX không lưu số thẻ.</li></ul>"
            "<p>Giá bán đã gồm thuế giá trị gia tăng (nếu có). Hóa đơn do hợp tác xã bán hàng "
            "xuất theo yêu cầu của người mua.</p>"
        ),
    },
    {
        "slug": "giai-quyet-khieu-nai",
        "title": "Cơ chế giải quyết khiếu nại, tranh chấp",
        "intro": "Cách gửi khiếu nại và thời hạn giải quyết giữa người mua, hợp tác xã và sàn.",
        "body": (
            "<h2>Bước 1: Gửi khiếu nại</h2>"
            "<p>Người mua gửi khiếu nại về sản phẩm, giao hàng hoặc thanh toán qua trang Liên hệ, "
            "e-mail hoặc đường dây nóng ghi ở chân trang, nêu số đơn hàng, nội dung và bằng chứng "
            "(ảnh, video, tin nhắn).</p>"
            "<h2>Bước 2: Tiếp nhận và chuyển hợp tác xã</h2>"
            "<p>Trong 24 giờ làm việc, Chợ HTX xác nhận đã nhận khiếu nại và chuyển cho hợp tác xã "
            "bán hàng. Hợp tác xã trả lời trong 3 ngày làm việc.</p>"
            "<h2>Bước 3: Thương lượng</h2>"
            "<p>Chợ HTX làm trung gian để hai bên thương lượng; kết quả (đổi hàng, trả hàng, hoàn "
            "tiền) được ghi nhận trong đơn hàng. Thời hạn giải quyết không quá 15 ngày làm việc "
            "kể từ khi nhận khiếu nại.</p>"
            "<h2>Bước 4: Cơ quan có thẩm quyền</h2>"
            "<p>Nếu không thương lượng được, các bên có thể đề nghị hòa giải, yêu cầu cơ quan bảo "
            "vệ quyền lợi người tiêu dùng hoặc khởi kiện tại tòa án theo quy định. Chợ HTX cung "
            "cấp thông tin giao dịch liên quan cho cơ quan có thẩm quyền.</p>"
        ),
    },
    {
        "slug": "chinh-sach-bao-mat",
        "title": "Chính sách bảo vệ dữ liệu cá nhân",
        "intro": "Chúng tôi thu thập dữ liệu gì, vì sao, giữ bao lâu, và quyền của bạn.",
        "body": (
            "<h2>1. Dữ liệu được thu thập</h2>"
            "<p>Họ tên, e-mail, số điện thoại, địa chỉ nhận hàng, lịch sử đơn hàng, đánh giá sản "
            "phẩm và dữ liệu kỹ thuật cần thiết (địa chỉ IP, trình duyệt) khi bạn đăng ký, đặt "
            "hàng hoặc liên hệ với chúng tôi.</p>"
            "<h2>2. Mục đích xử lý</h2>"
            "<ul><li>Tạo và quản lý tài khoản; xử lý, giao và thanh toán đơn hàng.</li>"
            "<li>Chuyển cho hợp tác xã bán hàng và đơn vị vận chuyển đúng phần thông tin cần để "
            "giao đơn của bạn.</li>"
            "<li>Giải quyết khiếu nại, phòng chống gian lận, thực hiện nghĩa vụ kế toán, thuế.</li>"
            "</ul>"
            "<p>Chúng tôi không bán dữ liệu cá nhân và chỉ gửi tin khuyến mại khi bạn đồng ý.</p>"
            "<h2>3. Sự đồng ý</h2>"
            "<p>Khi đăng ký tài khoản hoặc đặt hàng, bạn đánh dấu đồng ý với chính sách này; chúng "
            "tôi lưu thời điểm và phiên bản chính sách bạn đã đồng ý, theo Luật Bảo vệ dữ liệu cá "
            "nhân năm 2025.</p>"
            "<h2>4. Thời gian lưu trữ</h2>"
            "<p>Dữ liệu tài khoản được giữ đến khi bạn yêu cầu xóa. Chứng từ đơn hàng được giữ "
            "theo thời hạn lưu trữ kế toán, ở dạng đã ẩn danh sau khi tài khoản bị xóa.</p>"
            "<h2>5. Quyền của bạn</h2>"
            "<ul><li>Xem và tải về dữ liệu của mình (tệp JSON) tại mục Dữ liệu cá nhân trong tài "
            "khoản.</li>"
            "<li>Sửa thông tin tài khoản và địa chỉ bất cứ lúc nào.</li>"
            "<li>Rút lại sự đồng ý và yêu cầu xóa tài khoản; đơn hàng được giữ ở dạng ẩn danh.</li>"
            "<li>Khiếu nại về việc xử lý dữ liệu qua trang Liên hệ.</li></ul>"
            "<h2>6. Bảo mật</h2>"
            "<p>Dữ liệu được truyền qua kết nối mã hóa, lưu trên máy chủ đặt tại Việt Nam; chỉ "
            "nhân viên có nhiệm vụ mới được truy cập. Số thẻ thanh toán không bao giờ được lưu "
            "trên Chợ HTX.</p>"
        ),
    },
    {
        "slug": "dieu-khoan-su-dung",
        "title": "Điều khoản sử dụng",
        "intro": "Điều kiện sử dụng trang Chợ HTX cho người mua và người bán.",
        "body": (
            "<h2>Chấp nhận điều khoản</h2>"
            "<p>Khi truy cập và sử dụng Chợ HTX, bạn đồng ý với các điều khoản này, Quy chế hoạt "
            "động và Chính sách bảo vệ dữ liệu cá nhân.</p>"
            "<h2>Tài khoản</h2>"
            "<p>Bạn chịu trách nhiệm giữ bí mật mật khẩu và mọi hoạt động dưới tài khoản của "
            "mình. Hãy báo ngay cho chúng tôi nếu phát hiện tài khoản bị sử dụng trái phép.</p>"
            "<h2>Nội dung</h2>"
            "<p>Hình ảnh, mô tả sản phẩm thuộc về hợp tác xã đăng bán. Bạn không được sao chép nội "
            "dung của trang cho mục đích thương mại khi chưa được phép. Đánh giá của bạn phải "
            "trung thực và không vi phạm pháp luật.</p>"
            "<h2>Giới hạn trách nhiệm</h2>"
            "<p>Hợp tác xã bán hàng chịu trách nhiệm về chất lượng sản phẩm; Chợ HTX chịu trách "
            "nhiệm về hoạt động của sàn theo Quy chế hoạt động.</p>"
            "<h2>Luật áp dụng</h2>"
            "<p>Các điều khoản này được điều chỉnh bởi pháp luật Việt Nam.</p>"
        ),
    },
]

CONTACT_PAGE = {
    "slug": "lien-he",
    "title": "Liên hệ",
    "intro": (
        "<p>Bạn cần hỏi về đơn hàng, đổi trả hay muốn hợp tác? Gửi tin nhắn cho chúng tôi; "
        "chúng tôi trả lời trong một ngày làm việc.</p>"
    ),
    "thank_you_text": (
        "<p>Cảm ơn bạn đã liên hệ. Chúng tôi đã nhận được tin nhắn và sẽ trả lời sớm.</p>"
    ),
    "subject": "Tin nhắn mới từ trang Liên hệ",
    "fields": [
        ("Họ và tên", "singleline", True, ""),
        ("E-mail", "email", True, ""),
        ("Số điện thoại", "singleline", False, ""),
        ("Chủ đề", "dropdown", True, "Đơn hàng\nĐổi trả, hoàn tiền\nBán hàng trên Chợ HTX\nKhác"),
        ("Nội dung", "multiline", True, ""),
    ],
}

NEWS_CATEGORIES = [
    ("hoi-cho", "Hội chợ, triển lãm"),
    ("mua-vu", "Mùa vụ"),
    ("san-thong-bao", "Thông báo của sàn"),
]
NEWS_TAXONOMY = {
    "hoi-cho-ocop-tay-nguyen-2025": ("hoi-cho", ["OCOP", "Tây Nguyên", "cà phê"]),
    "mua-xoai-cat-hoa-loc": ("mua-vu", ["xoài", "Đồng Tháp"]),
    "chao-mung-hop-tac-xa-moi": ("san-thong-bao", ["hợp tác xã"]),
    "dia-chi-moi-sau-sap-nhap-tinh": ("san-thong-bao", ["địa chỉ"]),
}

COLLECTION_INDEX = {
    "slug": "bo-suu-tap",
    "title": "Bộ sưu tập",
    "intro": "Những tuyển chọn theo mùa và theo chủ đề của cán bộ tỉnh.",
}
COLLECTIONS = [
    {
        "slug": "ocop-5-sao",
        "title": "OCOP 5 sao",
        "intro": "<p>Sản phẩm đạt hạng cao nhất của Chương trình OCOP, mới nhất trước.</p>",
        "source": ProductRule.NEWEST_FIVE_STARS,
    },
    {
        "slug": "qua-tet",
        "title": "Quà Tết từ hợp tác xã",
        "intro": "<p>Trà, mật ong, cà phê và đặc sản vùng miền đóng hộp đẹp để biếu Tết.</p>",
        "source": "chosen",
        "go_live_days": 30,
        "expire_days": 90,
    },
]


def _information_pages_load(home: HomePage) -> dict[str, Page]:
    pages = {}
    for item in LEGAL_PAGES:
        pages[item["slug"]] = _child_load(
            parent=home,
            page=InformationPage(
                title=item["title"],
                slug=item["slug"],
                intro=item["intro"],
                body=item["body"],
                effective_date=POLICY_DATE,
            ),
        )
    return pages


def _contact_page_load(home: HomePage) -> Page:
    existing = home.get_children().filter(slug=CONTACT_PAGE["slug"]).first()
    if existing is not None:
        return existing.specific
    page = ContactPage(
        title=CONTACT_PAGE["title"],
        slug=CONTACT_PAGE["slug"],
        intro=CONTACT_PAGE["intro"],
        thank_you_text=CONTACT_PAGE["thank_you_text"],
        to_address=OPERATOR["email"],
        from_address="no-reply@cho-htx.vn",
        subject=CONTACT_PAGE["subject"],
    )
    for order, (label, field_type, required, choices) in enumerate(CONTACT_PAGE["fields"]):
        page.form_fields.add(
            ContactFormField(
                sort_order=order,
                label=label,
                field_type=field_type,
                required=required,
                choices=choices,
            )
        )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _child_load(*, parent: Page, page: Page) -> Page:
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _news_taxonomy_load() -> None:
    categories = {
        slug: NewsCategory.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in NEWS_CATEGORIES
    }
    for news in NewsPage.objects.filter(slug__in=NEWS_TAXONOMY):
        category, tags = NEWS_TAXONOMY[news.slug]
        if news.categories.exists() or news.tags.exists():
            continue
        news.categories.add(categories[category])
        news.tags.add(*tags)
        news.save_revision().publish()


def _collections_load(home: HomePage) -> Page:
    index = _child_load(parent=home, page=CollectionIndexPage(**COLLECTION_INDEX))
    gift_products = list(
        Product.objects.browsable()
        .filter(ocop_stars__gte=4, cooperative__status=Cooperative.Status.APPROVED)
        .order_by("-ocop_stars", "pk")[:12]
    )
    now = timezone.now()
    for item in COLLECTIONS:
        if index.get_children().filter(slug=item["slug"]).exists():
            continue
        page = CollectionPage(
            title=item["title"],
            slug=item["slug"],
            intro=item["intro"],
            source=item["source"],
            search_description=item["intro"].removeprefix("<p>").removesuffix("</p>"),
        )
        if item["source"] == "chosen":
            page.products = [("product", product) for product in gift_products]
        if "go_live_days" in item:
            # A seasonal campaign, scheduled ahead: online for the weeks before Tết only.
            page.live = False
            page.go_live_at = now + timedelta(days=item["go_live_days"])
            page.expire_at = now + timedelta(days=item["expire_days"])
        index.add_child(instance=page)
        page.save_revision().publish()
    return index


def _site_settings_load(*, site, pages: dict[str, Page], contact: Page, collections: Page) -> None:
    settings = SiteSettings.for_site(site)
    if settings.operator_name:
        return
    for field, value in OPERATOR.items():
        setattr(settings, field, value)

    def link(page):
        return {"label": page.title, "page": page, "url": ""}

    settings.header_menu = [("link", link(collections))]
    settings.footer_columns = [
        (
            "column",
            {
                "heading": "Chính sách",
                "links": [
                    link(pages[slug])
                    for slug in (
                        "quy-che-hoat-dong",
                        "kiem-hang-doi-tra-hoan-tien",
                        "van-chuyen-thanh-toan",
                        "giai-quyet-khieu-nai",
                        "chinh-sach-bao-mat",
                        "dieu-khoan-su-dung",
                    )
                ],
            },
        ),
        (
            "column",
            {"heading": "Về Chợ HTX", "links": [link(pages["gioi-thieu"]), link(contact)]},
        ),
    ]
    settings.save()


def _home_blocks_load(home: HomePage) -> None:
    """Adds the blocks of this module's concern to the demo home page, once."""
    if any(block.block_type == "featured_cooperatives" for block in home.body):
        return
    cooperatives = list(Cooperative.objects.approved().order_by("pk")[:4])
    position = next(
        (i for i, block in enumerate(home.body) if block.block_type == "featured_categories"),
        len(home.body),
    )
    home.body.insert(
        position,
        (
            "featured_products",
            {
                "heading": "Mới đạt OCOP 5 sao",
                "source": ProductRule.NEWEST_FIVE_STARS,
                "products": [],
                "category": None,
                "province": "",
                "limit": 5,
            },
        ),
    )
    if cooperatives:
        home.body.insert(
            position + 1,
            (
                "featured_cooperatives",
                {"heading": "Hợp tác xã tiêu biểu", "cooperatives": cooperatives},
            ),
        )
    home.save_revision().publish()


def _home_workflow_load(home: HomePage) -> None:
    workflow = Workflow.objects.filter(name=roles.WORKFLOW).first()
    if workflow is not None and not WorkflowPage.objects.filter(page=home).exists():
        WorkflowPage.objects.create(page=home, workflow=workflow)


def _staff_group_join() -> None:
    """The demo's province staff account curates the storefront through the group."""
    group = Group.objects.filter(name=roles.GROUP).first()
    user = get_user_model().objects.filter(email__iexact=data.STAFF.email).first()
    if group is not None and user is not None:
        user.groups.add(group)


@transaction.atomic
def demo_pages_load(*, home: HomePage) -> int:
    """The legal and contact pages, collections, news taxonomy, site settings and workflow;
    returns how many pages the home page has below it."""
    pages = _information_pages_load(home)
    contact = _contact_page_load(home)
    collections = _collections_load(home)
    _news_taxonomy_load()
    site = home.get_site()
    if site is not None:
        _site_settings_load(site=site, pages=pages, contact=contact, collections=collections)
    _home_blocks_load(home)
    _home_workflow_load(home)
    _staff_group_join()
    return home.get_descendants().count()
