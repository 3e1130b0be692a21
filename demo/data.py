"""The demo catalogue as data: cooperatives, categories, product kinds, accounts and CMS pages.

Everything here is content a Vietnamese shopper reads, so it is written in Vietnamese (it is data,
not interface text). Provinces are 2025 codes (34 provinces); communes are named exactly as in
`places.selectors.commune_choices` and resolved to their codes when the data is loaded.
"""

from dataclasses import dataclass
from datetime import date

# Province codes of the 2025 map (see places.selectors.province_choices).
HA_NOI = 1
TUYEN_QUANG = 8  # includes the former Hà Giang
SON_LA = 14
LAO_CAI = 15  # includes the former Yên Bái
THAI_NGUYEN = 19
QUANG_NINH = 22
THANH_HOA = 38
NGHE_AN = 40
QUANG_NGAI = 51  # includes the former Kon Tum
GIA_LAI = 52
KHANH_HOA = 56  # includes the former Ninh Thuận
DAK_LAK = 66  # includes the former Phú Yên
LAM_DONG = 68  # includes the former Đắk Nông and Bình Thuận
DONG_NAI = 75  # includes the former Bình Phước
DONG_THAP = 82  # includes the former Tiền Giang
VINH_LONG = 86  # includes the former Bến Tre and Trà Vinh
AN_GIANG = 91  # includes the former Kiên Giang
CAN_THO = 92  # includes the former Sóc Trăng and Hậu Giang
CA_MAU = 96  # includes the former Bạc Liêu

# The first two digits of a tax code name the tax department that issued it.
TAX_CODE_PREFIXES = {
    HA_NOI: "01",
    TUYEN_QUANG: "50",
    SON_LA: "55",
    LAO_CAI: "53",
    THAI_NGUYEN: "46",
    QUANG_NINH: "57",
    THANH_HOA: "28",
    NGHE_AN: "29",
    QUANG_NGAI: "43",
    GIA_LAI: "59",
    KHANH_HOA: "42",
    DAK_LAK: "60",
    LAM_DONG: "58",
    DONG_NAI: "36",
    DONG_THAP: "12",
    VINH_LONG: "13",
    AN_GIANG: "16",
    CAN_THO: "18",
    CA_MAU: "20",
}

PRODUCT_CLASS = {"name": "Sản phẩm HTX", "slug": "san-pham-htx"}

CERTIFICATIONS = [
    (
        "vietgap",
        "VietGAP",
        "Thực hành sản xuất nông nghiệp tốt của Việt Nam: an toàn từ đồng ruộng, truy xuất "
        "được nguồn gốc.",
    ),
    (
        "globalgap",
        "GlobalGAP",
        "Tiêu chuẩn thực hành nông nghiệp tốt toàn cầu, được các thị trường xuất khẩu công nhận.",
    ),
    (
        "huu-co",
        "Hữu cơ",
        "Canh tác không dùng phân bón hóa học và thuốc bảo vệ thực vật tổng hợp, theo TCVN 11041.",
    ),
    (
        "haccp",
        "HACCP",
        "Hệ thống phân tích mối nguy và kiểm soát điểm tới hạn trong chế biến thực phẩm.",
    ),
    (
        "iso-22000",
        "ISO 22000",
        "Hệ thống quản lý an toàn thực phẩm theo tiêu chuẩn quốc tế ISO 22000.",
    ),
]

GIFT_CATEGORY = "Quà tặng OCOP"

# Every category path the catalogue uses, in menu order (Oscar's create_from_breadcrumbs).
CATEGORIES = [
    "Thực phẩm > Gạo & ngũ cốc",
    "Thực phẩm > Hạt & đậu",
    "Thực phẩm > Trái cây sấy",
    "Thực phẩm > Hải sản khô",
    "Thực phẩm > Thực phẩm chế biến",
    "Thực phẩm > Bánh kẹo",
    "Đồ uống > Cà phê",
    "Đồ uống > Trà",
    "Đồ uống > Rượu",
    "Nông sản tươi > Trái cây",
    "Nông sản tươi > Rau củ",
    "Gia vị & nước chấm > Nước mắm",
    "Gia vị & nước chấm > Mắm",
    "Gia vị & nước chấm > Tiêu & gia vị",
    "Gia vị & nước chấm > Đường thốt nốt",
    "Mật ong & sản phẩm từ ong",
    "Dược liệu > Sâm & nấm dược liệu",
    "Dược liệu > Trà thảo dược",
    "Dược liệu > Thảo dược khô",
    "Thủ công mỹ nghệ > Gốm sứ",
    "Thủ công mỹ nghệ > Mây tre đan",
    "Thủ công mỹ nghệ > Nón lá",
    "Thủ công mỹ nghệ > Thổ cẩm",
    GIFT_CATEGORY,
]


@dataclass(frozen=True)
class CooperativeData:
    slug: str
    name: str
    place: str  # how product names refer to where it is ("Ea Tu", "Phú Quốc")
    province: int
    commune: str
    street_address: str
    representative: str
    sector: str
    founded_year: int
    member_count: int
    classification: str  # "tot", "kha", "trung_binh", "yeu" or ""
    description: str
    colour: str  # logo and cover colour
    kind: str = "htx"
    status: str = "approved"

    @property
    def is_agricultural(self) -> bool:
        return self.sector != "Thủ công mỹ nghệ"


COOPERATIVES = [
    CooperativeData(
        slug="htx-ca-phe-ea-tu",
        name="HTX Nông nghiệp Dịch vụ Cà phê Ea Tu",
        place="Ea Tu",
        province=DAK_LAK,
        commune="Phường Tân An",
        street_address="Buôn Kô Tam",
        representative="Y Kông Niê",
        sector="Nông nghiệp",
        founded_year=2012,
        member_count=86,
        classification="tot",
        description=(
            "Hợp tác xã của đồng bào Ê Đê và người Kinh trồng cà phê Robusta trên đất đỏ "
            "bazan ven Buôn Ma Thuột. Quả được hái chín, phơi trên giàn và rang tại xưởng của "
            "hợp tác xã; xen canh bơ sáp và nuôi ong lấy mật hoa cà phê."
        ),
        colour="#6f4e37",
    ),
    CooperativeData(
        slug="htx-ong-mat-buon-don",
        name="HTX Ong mật Buôn Đôn",
        place="Buôn Đôn",
        province=DAK_LAK,
        commune="Xã Buôn Đôn",
        street_address="Buôn Trí A",
        representative="Y Thuôn Mlô",
        sector="Nông nghiệp",
        founded_year=2015,
        member_count=38,
        classification="kha",
        description=(
            "Các hộ nuôi ong theo mùa hoa cà phê và hoa rừng khộp quanh Vườn quốc gia Yok Đôn. "
            "Hợp tác xã còn giữ nghề ủ rượu cần bằng men lá của buôn làng."
        ),
        colour="#d4a017",
    ),
    CooperativeData(
        slug="htx-thuy-san-song-cau",
        name="HTX Thủy sản Sông Cầu",
        place="Phú Yên",
        province=DAK_LAK,
        commune="Phường Sông Cầu",
        street_address="Khu phố Long Bình",
        representative="Phan Văn Tâm",
        sector="Thủy sản",
        founded_year=2010,
        member_count=62,
        classification="tot",
        description=(
            "Ngư dân câu cá ngừ đại dương bằng tay ở vùng biển Phú Yên cũ, nay thuộc tỉnh Đắk "
            "Lắk. Cá được sơ chế ngay trên tàu và phơi một nắng tại cơ sở của hợp tác xã."
        ),
        colour="#1f6f8b",
    ),
    CooperativeData(
        slug="htx-ca-phe-arabica-cau-dat",
        name="HTX Cà phê Arabica Cầu Đất",
        place="Cầu Đất",
        province=LAM_DONG,
        commune="Phường Xuân Trường - Đà Lạt",
        street_address="Thôn Trường Thọ",
        representative="Trần Minh Quang",
        sector="Nông nghiệp",
        founded_year=2016,
        member_count=54,
        classification="tot",
        description=(
            "Cà phê Arabica trồng ở độ cao 1.500 m trên cao nguyên Lâm Viên, hái chọn quả chín "
            "và sơ chế ướt. Hợp tác xã rang theo mẻ nhỏ và trồng thêm atiso làm trà."
        ),
        colour="#8b5a2b",
    ),
    CooperativeData(
        slug="htx-tra-o-long-bao-loc",
        name="HTX Trà Ô long Bảo Lộc",
        place="Bảo Lộc",
        province=LAM_DONG,
        commune="Phường B'Lao",
        street_address="Đường Lê Thị Pha",
        representative="Nguyễn Thị Kim Liên",
        sector="Nông nghiệp",
        founded_year=2011,
        member_count=70,
        classification="tot",
        description=(
            "Đồi chè Ô long Kim Tuyên và Tứ Quý trên vùng đất trà Bảo Lộc. Chè được vò viên và "
            "sao thủ công; hợp tác xã còn thu mua mắc ca của các hộ thành viên."
        ),
        colour="#3a7d44",
    ),
    CooperativeData(
        slug="htx-nong-san-lac-duong",
        name="HTX Nông sản Lạc Dương",
        place="Đà Lạt",
        province=LAM_DONG,
        commune="Xã Lạc Dương",
        street_address="Buôn Đưng K'Si",
        representative="Cil K'Ha",
        sector="Nông nghiệp",
        founded_year=2014,
        member_count=47,
        classification="kha",
        description=(
            "Đồng bào K'Ho dưới chân núi Lang Biang trồng dâu tây, atiso, nấm linh chi trong "
            "nhà màng và ủ rượu cần theo cách của ông bà."
        ),
        colour="#7b3f61",
    ),
    CooperativeData(
        slug="htx-thanh-long-ham-thuan-bac",
        name="HTX Thanh long Hàm Thuận Bắc",
        place="Bình Thuận",
        province=LAM_DONG,
        commune="Xã Hàm Thuận Bắc",
        street_address="Thôn Phú Điền",
        representative="Võ Văn Lợi",
        sector="Nông nghiệp",
        founded_year=2014,
        member_count=95,
        classification="kha",
        description=(
            "Vùng thanh long lớn nhất cả nước, trước thuộc Bình Thuận, nay thuộc Lâm Đồng. Vườn "
            "đạt VietGAP và GlobalGAP, thắp đèn cho cây ra hoa trái vụ; trái loại hai được sấy "
            "dẻo."
        ),
        colour="#c2185b",
    ),
    CooperativeData(
        slug="htx-ho-tieu-chu-se",
        name="HTX Nông nghiệp Hồ tiêu Chư Sê",
        place="Chư Sê",
        province=GIA_LAI,
        commune="Xã Chư Sê",
        street_address="Làng Ia Kênh",
        representative="Nguyễn Đình Thắng",
        sector="Nông nghiệp",
        founded_year=2015,
        member_count=76,
        classification="tot",
        description=(
            "Hồ tiêu Chư Sê, chỉ dẫn địa lý được bảo hộ: hạt chắc, cay nồng, phơi trên sân "
            "gạch. Một phần diện tích đã chuyển sang canh tác hữu cơ."
        ),
        colour="#37474f",
    ),
    CooperativeData(
        slug="htx-che-shan-tuyet-ta-xua",
        name="HTX Chè Shan tuyết Tà Xùa",
        place="Tà Xùa",
        province=SON_LA,
        commune="Xã Tà Xùa",
        street_address="Bản Bẹ",
        representative="Mùa A Vàng",
        sector="Nông nghiệp",
        founded_year=2016,
        member_count=42,
        classification="kha",
        description=(
            "Người H'Mông hái búp chè Shan tuyết cổ thụ trên những cây hàng trăm năm tuổi ở độ "
            "cao 2.000 m, giữa biển mây Tà Xùa."
        ),
        colour="#2e7d32",
    ),
    CooperativeData(
        slug="htx-nong-san-moc-chau",
        name="HTX Nông sản Mộc Châu",
        place="Mộc Châu",
        province=SON_LA,
        commune="Phường Mộc Châu",
        street_address="Tiểu khu 19/5",
        representative="Lò Văn Thắng",
        sector="Nông nghiệp",
        founded_year=2012,
        member_count=58,
        classification="tot",
        description=(
            "Mận hậu, chè xanh và trái cây cao nguyên Mộc Châu, trồng theo VietGAP. Mận cuối vụ "
            "được sấy dẻo tại xưởng của hợp tác xã."
        ),
        colour="#6a1b9a",
    ),
    CooperativeData(
        slug="htx-gom-su-bat-trang",
        name="HTX Gốm sứ Bát Tràng",
        place="Bát Tràng",
        province=HA_NOI,
        commune="Xã Bát Tràng",
        street_address="Thôn Giang Cao",
        representative="Nguyễn Văn Thành",
        sector="Thủ công mỹ nghệ",
        founded_year=2005,
        member_count=40,
        classification="tot",
        description=(
            "Các lò gốm gia đình của làng gốm Bát Tràng năm trăm năm tuổi: men lam, men rạn, "
            "vẽ tay từng chiếc."
        ),
        colour="#1e4f91",
    ),
    CooperativeData(
        slug="htx-may-tre-dan-phu-vinh",
        name="HTX Mây tre đan Phú Vinh",
        place="Phú Vinh",
        province=HA_NOI,
        commune="Xã Phú Nghĩa",
        street_address="Thôn Phú Vinh",
        representative="Nguyễn Thị Hòa",
        sector="Thủ công mỹ nghệ",
        founded_year=2007,
        member_count=120,
        classification="kha",
        description=(
            "Làng nghề mây tre đan Phú Vinh (Chương Mỹ cũ): giỏ, khay, chao đèn đan tay từ mây "
            "và giang, xuất khẩu nhiều nước."
        ),
        colour="#a1887f",
    ),
    CooperativeData(
        slug="to-hop-tac-non-la-lang-chuong",
        name="Tổ hợp tác Nón lá làng Chuông",
        place="làng Chuông",
        province=HA_NOI,
        commune="Xã Thanh Oai",
        street_address="Thôn Chuông",
        representative="Bùi Thị Lan",
        sector="Thủ công mỹ nghệ",
        founded_year=2014,
        member_count=50,
        classification="kha",
        kind="to_hop_tac",
        description=(
            "Các gia đình làng Chuông chằm nón lá theo nếp ba trăm năm: lá cọ phơi sương, vành "
            "tre vót tay, chỉ cước óng."
        ),
        colour="#c8a951",
    ),
    CooperativeData(
        slug="htx-nem-chua-hac-thanh",
        name="HTX Nem chua Hạc Thành",
        place="Thanh Hóa",
        province=THANH_HOA,
        commune="Phường Hạc Thành",
        street_address="Phố Tô Hiến Thành",
        representative="Lê Văn Dũng",
        sector="Chế biến thực phẩm",
        founded_year=2019,
        member_count=22,
        classification="trung_binh",
        status="suspended",
        description="Nem chua Thanh Hóa gói lá chuối, làm từ thịt lợn tươi trong ngày.",
        colour="#e53935",
    ),
    CooperativeData(
        slug="htx-duoc-lieu-pu-luong",
        name="HTX Dược liệu Pù Luông",
        place="Pù Luông",
        province=THANH_HOA,
        commune="Xã Pù Luông",
        street_address="Bản Đôn",
        representative="Hà Văn Sơn",
        sector="Nông nghiệp",
        founded_year=2018,
        member_count=33,
        classification="kha",
        description=(
            "Người Thái ở khu bảo tồn Pù Luông trồng giảo cổ lam dưới tán rừng và khai thác mật "
            "ong rừng theo mùa, giữ rừng đầu nguồn."
        ),
        colour="#558b2f",
    ),
    CooperativeData(
        slug="htx-cam-xa-doai",
        name="HTX Cam Xã Đoài",
        place="Nghi Lộc",
        province=NGHE_AN,
        commune="Xã Nghi Lộc",
        street_address="Xóm 5",
        representative="Phạm Văn Lâm",
        sector="Nông nghiệp",
        founded_year=2016,
        member_count=48,
        classification="kha",
        description=(
            "Cam Xã Đoài, giống cam tiến vua của xứ Nghệ: vỏ mỏng, ngọt thanh, chín vào dịp Tết."
        ),
        colour="#ef6c00",
    ),
    CooperativeData(
        slug="htx-lua-gao-my-xuyen",
        name="HTX Lúa gạo Mỹ Xuyên",
        place="Sóc Trăng",
        province=CAN_THO,
        commune="Phường Mỹ Xuyên",
        street_address="Khóm 4",
        representative="Thạch Sô Phol",
        sector="Nông nghiệp",
        founded_year=2011,
        member_count=150,
        classification="tot",
        description=(
            "Quê hương của gạo ST25, nay thuộc thành phố Cần Thơ. Lúa trồng luân canh trên ruộng "
            "nuôi tôm, không phun thuốc, xay xát trong ngày."
        ),
        colour="#9e9d24",
    ),
    CooperativeData(
        slug="htx-banh-pia-soc-trang",
        name="HTX Bánh pía Sóc Trăng",
        place="Sóc Trăng",
        province=CAN_THO,
        commune="Phường Sóc Trăng",
        street_address="Đường Hùng Vương",
        representative="Quách Thị Hoa",
        sector="Chế biến thực phẩm",
        founded_year=2010,
        member_count=30,
        classification="kha",
        description=(
            "Bánh pía vỏ nhiều lớp nhân sầu riêng, trứng muối và lạp xưởng theo công thức "
            "người Hoa Sóc Trăng."
        ),
        colour="#bf8f00",
    ),
    CooperativeData(
        slug="htx-nuoc-mam-phu-quoc",
        name="HTX Nước mắm Phú Quốc",
        place="Phú Quốc",
        province=AN_GIANG,
        commune="Đặc khu Phú Quốc",
        street_address="Khu phố 7, Dương Đông",
        representative="Trịnh Văn Bảy",
        sector="Chế biến thực phẩm",
        founded_year=2006,
        member_count=45,
        classification="tot",
        description=(
            "Nước mắm Phú Quốc, chỉ dẫn địa lý được bảo hộ ở châu Âu: cá cơm than ủ với muối "
            "trong thùng gỗ bời lời mười hai tháng. Thành viên còn trồng tiêu và nấu rượu sim."
        ),
        colour="#004d61",
    ),
    CooperativeData(
        slug="htx-duong-thot-not-tri-ton",
        name="HTX Đường thốt nốt Tri Tôn",
        place="Bảy Núi",
        province=AN_GIANG,
        commune="Xã Tri Tôn",
        street_address="Phum Ta Pạ",
        representative="Chau Sóc Kha",
        sector="Chế biến thực phẩm",
        founded_year=2014,
        member_count=80,
        classification="kha",
        description=(
            "Đồng bào Khmer vùng Bảy Núi leo cây thốt nốt lấy nước hoa, nấu đường trên bếp củi "
            "theo cách truyền thống."
        ),
        colour="#8d6e63",
    ),
    CooperativeData(
        slug="htx-mam-chau-doc",
        name="HTX Mắm Châu Đốc",
        place="Châu Đốc",
        province=AN_GIANG,
        commune="Phường Châu Đốc",
        street_address="Đường Trưng Nữ Vương",
        representative="Trần Thị Bé",
        sector="Chế biến thực phẩm",
        founded_year=2020,
        member_count=18,
        classification="",
        status="pending",
        description="Mắm thái, mắm cá linh mùa nước nổi của làng mắm Châu Đốc.",
        colour="#6d4c41",
    ),
    CooperativeData(
        slug="htx-nuoc-mam-nha-trang",
        name="HTX Nước mắm Nha Trang",
        place="Nha Trang",
        province=KHANH_HOA,
        commune="Phường Nam Nha Trang",
        street_address="Đường Trần Phú",
        representative="Võ Thị Hồng",
        sector="Chế biến thực phẩm",
        founded_year=2009,
        member_count=40,
        classification="tot",
        description=(
            "Nước mắm cá cơm Nha Trang ủ chượp trong chum sành; cơ sở đạt HACCP và ISO 22000."
        ),
        colour="#0277bd",
    ),
    CooperativeData(
        slug="htx-nho-ninh-thuan",
        name="HTX Nho Ninh Thuận",
        place="Ninh Thuận",
        province=KHANH_HOA,
        commune="Xã Ninh Phước",
        street_address="Thôn Thái An",
        representative="Nguyễn Văn Đức",
        sector="Nông nghiệp",
        founded_year=2012,
        member_count=55,
        classification="tot",
        description=(
            "Nho, măng tây và vang nho của vùng nắng gió Ninh Thuận cũ, nay thuộc Khánh Hòa."
        ),
        colour="#4a148c",
    ),
    CooperativeData(
        slug="htx-cha-muc-ha-long",
        name="HTX Chả mực Hạ Long",
        place="Hạ Long",
        province=QUANG_NINH,
        commune="Phường Hạ Long",
        street_address="Phố Cột Đồng Hồ",
        representative="Đỗ Văn Quyết",
        sector="Chế biến thực phẩm",
        founded_year=2016,
        member_count=26,
        classification="tot",
        description="Chả mực giã tay từ mực tươi vịnh Hạ Long, cấp đông ngay sau khi làm.",
        colour="#00838f",
    ),
    CooperativeData(
        slug="htx-ba-kich-ba-che",
        name="HTX Ba kích Ba Chẽ",
        place="Ba Chẽ",
        province=QUANG_NINH,
        commune="Xã Ba Chẽ",
        street_address="Thôn Làng Mới",
        representative="Lý Văn Phúc",
        sector="Nông nghiệp",
        founded_year=2013,
        member_count=40,
        classification="kha",
        description=(
            "Người Dao trồng ba kích tím và trà hoa vàng dưới tán rừng Ba Chẽ, sản phẩm OCOP "
            "nổi tiếng của Quảng Ninh."
        ),
        colour="#880e4f",
    ),
    CooperativeData(
        slug="htx-det-tho-cam-ta-van",
        name="HTX Dệt thổ cẩm Tả Van",
        place="Sa Pa",
        province=LAO_CAI,
        commune="Xã Tả Van",
        street_address="Thôn Tả Van Giàng",
        representative="Giàng Thị Mai",
        sector="Thủ công mỹ nghệ",
        founded_year=2015,
        member_count=60,
        classification="kha",
        description=(
            "Phụ nữ H'Mông và Giáy dệt vải lanh, nhuộm chàm, thêu tay hoa văn truyền thống dưới "
            "thung lũng Mường Hoa."
        ),
        colour="#283593",
    ),
    CooperativeData(
        slug="htx-ong-mat-bac-ha-dong-van",
        name="HTX Ong mật bạc hà Đồng Văn",
        place="Đồng Văn",
        province=TUYEN_QUANG,
        commune="Xã Đồng Văn",
        street_address="Thôn Sủng Là",
        representative="Vàng Mí Sính",
        sector="Nông nghiệp",
        founded_year=2021,
        member_count=24,
        classification="",
        status="pending",
        description=(
            "Mật ong bạc hà từ hoa bạc hà dại nở cuối thu trên cao nguyên đá Đồng Văn (Hà Giang "
            "cũ)."
        ),
        colour="#f9a825",
    ),
    CooperativeData(
        slug="htx-che-tan-cuong",
        name="HTX Chè Tân Cương",
        place="Tân Cương",
        province=THAI_NGUYEN,
        commune="Xã Tân Cương",
        street_address="Xóm Hồng Thái",
        representative="Nguyễn Thị Thu",
        sector="Nông nghiệp",
        founded_year=2010,
        member_count=80,
        classification="tot",
        description=(
            "Chè Tân Cương Thái Nguyên hái một tôm hai lá, sao chảo gang trên bếp củi: nước "
            "xanh, vị chát dịu, hậu ngọt."
        ),
        colour="#1b5e20",
    ),
    CooperativeData(
        slug="htx-u-minh-ha",
        name="HTX Nông nghiệp Dịch vụ U Minh Hạ",
        place="U Minh",
        province=CA_MAU,
        commune="Xã U Minh",
        street_address="Ấp 3",
        representative="Nguyễn Văn Năm",
        sector="Nông nghiệp",
        founded_year=2011,
        member_count=65,
        classification="tot",
        description=(
            "Thành viên gác kèo ong trong rừng tràm U Minh Hạ, làm khô cá lóc đồng và tôm khô "
            "theo cách người Cà Mau."
        ),
        colour="#e0a526",
    ),
    CooperativeData(
        slug="htx-buoi-da-xanh-cho-lach",
        name="HTX Bưởi da xanh Chợ Lách",
        place="Bến Tre",
        province=VINH_LONG,
        commune="Xã Chợ Lách",
        street_address="Ấp Phú Hữu",
        representative="Nguyễn Văn Sáu",
        sector="Nông nghiệp",
        founded_year=2012,
        member_count=85,
        classification="tot",
        description=(
            "Bưởi da xanh ruột hồng của xứ dừa Bến Tre (nay thuộc Vĩnh Long), vườn đạt "
            "GlobalGAP, xuất khẩu đi châu Âu."
        ),
        colour="#388e3c",
    ),
    CooperativeData(
        slug="htx-keo-dua-ben-tre",
        name="HTX Kẹo dừa Bến Tre",
        place="Bến Tre",
        province=VINH_LONG,
        commune="Phường Bến Tre",
        street_address="Đường Đồng Khởi",
        representative="Lê Thị Hồng",
        sector="Chế biến thực phẩm",
        founded_year=2009,
        member_count=40,
        classification="kha",
        description="Kẹo dừa nấu từ nước cốt dừa tươi và mạch nha, gói tay bằng bánh tráng.",
        colour="#795548",
    ),
    CooperativeData(
        slug="htx-xoai-cat-hoa-loc",
        name="HTX Xoài cát Hòa Lộc",
        place="Hòa Lộc",
        province=DONG_THAP,
        commune="Xã Cái Bè",
        street_address="Ấp Hòa Lộc",
        representative="Trần Văn Chín",
        sector="Nông nghiệp",
        founded_year=2013,
        member_count=70,
        classification="tot",
        description=(
            "Xoài cát Hòa Lộc, chỉ dẫn địa lý của Tiền Giang cũ (nay thuộc Đồng Tháp): trái "
            "bao từ khi nhỏ, chín cây, thơm đậm."
        ),
        colour="#f9a825",
    ),
    CooperativeData(
        slug="htx-dieu-bu-dang",
        name="HTX Điều Bù Đăng",
        place="Bình Phước",
        province=DONG_NAI,
        commune="Xã Bù Đăng",
        street_address="Thôn 4",
        representative="Điểu Thị Lan",
        sector="Nông nghiệp",
        founded_year=2014,
        member_count=100,
        classification="kha",
        description=(
            "Hạt điều Bình Phước cũ (nay thuộc Đồng Nai): hạt to, rang củi giữ lớp vỏ lụa, "
            "không chất bảo quản."
        ),
        colour="#a0522d",
    ),
    CooperativeData(
        slug="htx-sam-ngoc-linh-tu-mo-rong",
        name="HTX Sâm Ngọc Linh Tu Mơ Rông",
        place="Ngọc Linh",
        province=QUANG_NGAI,
        commune="Xã Tu Mơ Rông",
        street_address="Thôn Đăk Dơn",
        representative="A Bình",
        sector="Nông nghiệp",
        founded_year=2017,
        member_count=30,
        classification="tot",
        description=(
            "Người Xơ Đăng trồng sâm Ngọc Linh dưới tán rừng nguyên sinh ở độ cao trên 1.800 m "
            "(Kon Tum cũ, nay thuộc Quảng Ngãi); mỗi củ có tem truy xuất nguồn gốc."
        ),
        colour="#5d4037",
    ),
]


@dataclass(frozen=True)
class ProductKind:
    """One kind of product (nước mắm Phú Quốc …) and the ways it is sold.

    `name` may hold "{place}", filled with the maker's place. `units` are (unit, price in
    thousands of đồng). `motif` and `colours` (background, motif) draw its picture.
    """

    key: str
    name: str
    short_name: str
    category: str
    makers: tuple[str, ...]
    units: tuple[tuple[str, int], ...]
    description: str
    motif: str
    colours: tuple[str, str]
    variants: tuple[str, ...] = ("",)
    shelf_life_days: int | None = None
    certifications: tuple[str, ...] = ()


KINDS = [
    ProductKind(
        key="ca-phe-robusta",
        name="Cà phê Robusta {place}",
        short_name="Cà phê Robusta",
        category="Đồ uống > Cà phê",
        makers=("htx-ca-phe-ea-tu",),
        variants=("rang mộc nguyên chất", "rang xay pha phin", "hạt rang nguyên hạt"),
        units=(("Túi 250 g", 75), ("Túi 500 g", 140), ("Hộp quà 2 túi 500 g", 300)),
        description=(
            "Cà phê Robusta hái chín trên đất đỏ bazan, rang mộc không tẩm ướp: đậm, đắng dịu, "
            "hậu vị sô-cô-la. Hợp pha phin hay pha máy, uống đen đá hay bạc xỉu."
        ),
        motif="bean",
        colours=("#f3e5d8", "#6f4e37"),
        shelf_life_days=365,
        certifications=("vietgap", "globalgap", "haccp"),
    ),
    ProductKind(
        key="ca-phe-arabica",
        name="Cà phê Arabica {place}",
        short_name="Cà phê Arabica",
        category="Đồ uống > Cà phê",
        makers=("htx-ca-phe-arabica-cau-dat",),
        variants=("rang vừa", "rang đậm", "sơ chế mật ong"),
        units=(("Túi 250 g", 125), ("Túi 500 g", 235)),
        description=(
            "Arabica Catimor và Typica hái chọn quả chín ở độ cao 1.500 m, sơ chế ướt, rang mẻ "
            "nhỏ: chua thanh, hương trái cây và hoa."
        ),
        motif="bean",
        colours=("#efe3d3", "#8b5a2b"),
        shelf_life_days=365,
        certifications=("vietgap", "huu-co"),
    ),
    ProductKind(
        key="ca-phe-hoa-tan",
        name="Cà phê hòa tan {place}",
        short_name="Cà phê hòa tan",
        category="Đồ uống > Cà phê",
        makers=("htx-ca-phe-ea-tu",),
        variants=("3 in 1", "đen không đường"),
        units=(("Hộp 18 gói", 65), ("Túi 50 gói", 160)),
        description=(
            "Cà phê hòa tan làm từ Robusta của hợp tác xã, tiện mang đi làm, đi đường; pha với "
            "nước nóng hoặc thêm đá."
        ),
        motif="bean",
        colours=("#f5ebe0", "#5d4037"),
        shelf_life_days=540,
        certifications=("haccp",),
    ),
    ProductKind(
        key="che-shan-tuyet",
        name="Chè Shan tuyết cổ thụ {place}",
        short_name="Chè Shan tuyết",
        category="Đồ uống > Trà",
        makers=("htx-che-shan-tuyet-ta-xua",),
        variants=("búp khô", "bạch trà", "hồng trà"),
        units=(("Hộp 100 g", 180), ("Hộp 200 g", 340), ("Hộp quà 2 hộp 100 g", 390)),
        description=(
            "Búp chè phủ lông tơ trắng như tuyết, hái từ cây chè cổ thụ trên núi cao. Nước vàng "
            "sánh, hương núi rừng, vị ngọt sâu; hãm được nhiều nước."
        ),
        motif="leaf",
        colours=("#e8f1e4", "#2e7d32"),
        shelf_life_days=730,
        certifications=("huu-co", "vietgap"),
    ),
    ProductKind(
        key="che-thai-nguyen",
        name="Chè {place} Thái Nguyên",
        short_name="Chè Thái Nguyên",
        category="Đồ uống > Trà",
        makers=("htx-che-tan-cuong",),
        variants=("nõn tôm", "móc câu", "búp đặc biệt"),
        units=(("Túi 200 g", 120), ("Hộp 500 g", 280), ("Hộp quà 2 túi 200 g", 270)),
        description=(
            "Chè búp sao tay trên chảo gang, cánh nhỏ xoăn như móc câu. Nước xanh trong, chát "
            "dịu, hậu ngọt; hãm nước 85 °C."
        ),
        motif="leaf",
        colours=("#e6f0df", "#1b5e20"),
        shelf_life_days=365,
        certifications=("vietgap", "huu-co"),
    ),
    ProductKind(
        key="tra-o-long",
        name="Trà Ô long {place}",
        short_name="Trà Ô long",
        category="Đồ uống > Trà",
        makers=("htx-tra-o-long-bao-loc",),
        variants=("Kim Tuyên", "Tứ Quý", "Thanh Tâm"),
        units=(("Hộp 100 g", 95), ("Hộp 250 g", 220)),
        description=(
            "Ô long vò viên lên men nhẹ: hương hoa lan, vị ngọt bơ sữa. Tráng trà bằng nước sôi, "
            "hãm 40–60 giây, pha được 5–7 nước."
        ),
        motif="leaf",
        colours=("#eef3e2", "#3a7d44"),
        shelf_life_days=730,
        certifications=("vietgap", "iso-22000"),
    ),
    ProductKind(
        key="tra-atiso",
        name="Trà atiso {place}",
        short_name="Trà atiso",
        category="Đồ uống > Trà",
        makers=("htx-nong-san-lac-duong", "htx-ca-phe-arabica-cau-dat"),
        variants=("túi lọc", "bông sấy khô"),
        units=(("Hộp 20 túi lọc", 55), ("Túi 200 g", 90)),
        description=(
            "Atiso Đà Lạt sấy lạnh giữ màu xanh và vị ngọt tự nhiên, thanh nhiệt, mát gan; uống "
            "nóng hoặc để lạnh."
        ),
        motif="flower",
        colours=("#eaf2e3", "#6b8e23"),
        shelf_life_days=540,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="che-xanh-moc-chau",
        name="Chè xanh {place}",
        short_name="Chè xanh",
        category="Đồ uống > Trà",
        makers=("htx-nong-san-moc-chau",),
        variants=("búp sao khô", "túi lọc"),
        units=(("Túi 200 g", 70), ("Hộp 500 g", 160)),
        description="Chè xanh cao nguyên Mộc Châu, búp non sao khô, nước xanh, vị chát nhẹ.",
        motif="leaf",
        colours=("#e9f3e6", "#43a047"),
        shelf_life_days=365,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="tra-hoa-vang",
        name="Trà hoa vàng {place}",
        short_name="Trà hoa vàng",
        category="Đồ uống > Trà",
        makers=("htx-ba-kich-ba-che",),
        variants=("bông sấy lạnh", "lá sấy"),
        units=(("Hộp 50 g", 250), ("Hộp 100 g", 480)),
        description=(
            "Bông trà hoa vàng mọc dưới tán rừng Ba Chẽ, sấy lạnh giữ cánh vàng óng; nước trà "
            "vàng, vị ngọt nhẹ."
        ),
        motif="flower",
        colours=("#fff8e1", "#f9a825"),
        shelf_life_days=365,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="ruou-can",
        name="Rượu cần {place}",
        short_name="Rượu cần",
        category="Đồ uống > Rượu",
        makers=("htx-ong-mat-buon-don", "htx-nong-san-lac-duong"),
        variants=("men lá truyền thống", "gạo nếp nương"),
        units=(("Ché 2 lít", 250), ("Ché 5 lít", 450)),
        description=(
            "Rượu cần ủ từ gạo nếp nương, trấu và men lá rừng trong ché sành. Khi uống, đổ nước "
            "suối vào ché, cắm cần trúc và mời nhau theo vòng."
        ),
        motif="jug",
        colours=("#f4e7dc", "#6d4c41"),
        shelf_life_days=365,
    ),
    ProductKind(
        key="ruou-sim",
        name="Rượu sim {place}",
        short_name="Rượu sim",
        category="Đồ uống > Rượu",
        makers=("htx-nuoc-mam-phu-quoc",),
        units=(("Chai 500 ml", 150), ("Chai 750 ml", 210)),
        description=(
            "Rượu ngâm từ trái sim rừng chín tím của đảo Phú Quốc, màu đỏ sẫm, vị ngọt chát; "
            "nồng độ 25%."
        ),
        motif="bottle",
        colours=("#f3e5f5", "#6a1b9a"),
        shelf_life_days=1095,
    ),
    ProductKind(
        key="ruou-vang-nho",
        name="Rượu vang nho {place}",
        short_name="Vang nho",
        category="Đồ uống > Rượu",
        makers=("htx-nho-ninh-thuan",),
        variants=("vang đỏ", "vang trắng"),
        units=(("Chai 750 ml", 180), ("Hộp quà 2 chai 750 ml", 390)),
        description=(
            "Vang lên men từ nho Cardinal và nho xanh NH01 trồng trên vùng nắng gió, vị trái cây "
            "tươi, độ cồn 12%."
        ),
        motif="bottle",
        colours=("#ede7f6", "#4a148c"),
        shelf_life_days=1095,
    ),
    ProductKind(
        key="ruou-ba-kich",
        name="Rượu ba kích {place}",
        short_name="Rượu ba kích",
        category="Đồ uống > Rượu",
        makers=("htx-ba-kich-ba-che",),
        units=(("Chai 500 ml", 220), ("Bình 2 lít", 650)),
        description="Rượu nếp ngâm rễ ba kích tím Ba Chẽ từ một năm trở lên, màu tím đỏ đặc trưng.",
        motif="bottle",
        colours=("#fce4ec", "#880e4f"),
        shelf_life_days=1095,
    ),
    ProductKind(
        key="thanh-long",
        name="Thanh long {place}",
        short_name="Thanh long",
        category="Nông sản tươi > Trái cây",
        makers=("htx-thanh-long-ham-thuan-bac",),
        variants=("ruột đỏ", "ruột trắng"),
        units=(("Thùng 5 kg", 150), ("Thùng 10 kg", 280)),
        description=(
            "Thanh long hái ở độ chín vừa, trái đều 400–600 g, vỏ đỏ tươi, tai xanh; ruột đỏ "
            "ngọt đậm, ruột trắng mát."
        ),
        motif="fruit",
        colours=("#fde4ec", "#d81b60"),
        shelf_life_days=20,
        certifications=("vietgap", "globalgap"),
    ),
    ProductKind(
        key="buoi-da-xanh",
        name="Bưởi da xanh {place}",
        short_name="Bưởi da xanh",
        category="Nông sản tươi > Trái cây",
        makers=("htx-buoi-da-xanh-cho-lach",),
        variants=("loại 1", "loại đặc biệt"),
        units=(("Trái 1,5–2 kg", 75), ("Thùng 10 kg", 390)),
        description=(
            "Bưởi da xanh ruột hồng, múi ráo, không hạt lép, ngọt thanh không đắng; để nơi thoáng "
            "vài ngày cho vỏ dịu mới bóc."
        ),
        motif="fruit",
        colours=("#e8f5e9", "#2e7d32"),
        shelf_life_days=30,
        certifications=("vietgap", "globalgap"),
    ),
    ProductKind(
        key="xoai-cat-hoa-loc",
        name="Xoài cát Hòa Lộc",
        short_name="Xoài cát Hòa Lộc",
        category="Nông sản tươi > Trái cây",
        makers=("htx-xoai-cat-hoa-loc",),
        variants=("loại 1", "loại đặc biệt"),
        units=(("Thùng 5 kg", 325), ("Hộp quà 2 kg", 180)),
        description=(
            "Xoài bao trái từ nhỏ, chín cây, vỏ vàng mỏng, thịt dẻo mịn không xơ, ngọt thơm "
            "đặc trưng của giống xoài cát Hòa Lộc."
        ),
        motif="fruit",
        colours=("#fff8e1", "#f9a825"),
        shelf_life_days=10,
        certifications=("vietgap", "globalgap"),
    ),
    ProductKind(
        key="cam-xa-doai",
        name="Cam Xã Đoài",
        short_name="Cam Xã Đoài",
        category="Nông sản tươi > Trái cây",
        makers=("htx-cam-xa-doai",),
        units=(("Thùng 5 kg", 250), ("Hộp quà 3 kg", 180)),
        description=(
            "Cam Xã Đoài vỏ mỏng màu vàng cam, tép mọng, ngọt thanh; chín rộ từ tháng Mười đến Tết."
        ),
        motif="fruit",
        colours=("#fff3e0", "#ef6c00"),
        shelf_life_days=30,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="nho-xanh",
        name="Nho xanh {place}",
        short_name="Nho xanh",
        category="Nông sản tươi > Trái cây",
        makers=("htx-nho-ninh-thuan",),
        units=(("Hộp 1 kg", 90), ("Thùng 5 kg", 420)),
        description="Nho xanh NH01-48 giòn, ngọt, chùm đều, cắt trong ngày giao.",
        motif="fruit",
        colours=("#f1f8e9", "#7cb342"),
        shelf_life_days=7,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="man-hau",
        name="Mận hậu {place}",
        short_name="Mận hậu",
        category="Nông sản tươi > Trái cây",
        makers=("htx-nong-san-moc-chau",),
        units=(("Hộp 2 kg", 120), ("Thùng 5 kg", 280)),
        description="Mận hậu chín đầu hè, vỏ tím phủ phấn, giòn, chua ngọt; chấm muối ớt.",
        motif="fruit",
        colours=("#f3e5f5", "#8e24aa"),
        shelf_life_days=10,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="dau-tay",
        name="Dâu tây {place}",
        short_name="Dâu tây",
        category="Nông sản tươi > Trái cây",
        makers=("htx-nong-san-lac-duong",),
        units=(("Hộp 500 g", 110), ("Hộp 1 kg", 200)),
        description="Dâu tây trồng giá thể trong nhà màng, trái đỏ đều, thơm, giao lạnh.",
        motif="fruit",
        colours=("#ffebee", "#e53935"),
        shelf_life_days=5,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="bo-sap",
        name="Bơ sáp {place}",
        short_name="Bơ sáp",
        category="Nông sản tươi > Trái cây",
        makers=("htx-ca-phe-ea-tu",),
        units=(("Thùng 3 kg", 120), ("Thùng 5 kg", 190)),
        description=(
            "Bơ sáp 034 trồng xen vườn cà phê, cơm vàng, dẻo, béo ngậy; để 2–3 ngày là chín. "
        ),
        motif="fruit",
        colours=("#f1f8e9", "#558b2f"),
        shelf_life_days=10,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="atiso-tuoi",
        name="Atiso tươi {place}",
        short_name="Atiso tươi",
        category="Nông sản tươi > Rau củ",
        makers=("htx-nong-san-lac-duong",),
        units=(("Túi 1 kg", 90),),
        description="Bông atiso tươi cắt sáng, hầm giò heo hoặc nấu trà; bảo quản ngăn mát.",
        motif="flower",
        colours=("#edf5e1", "#558b2f"),
        shelf_life_days=7,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="mang-tay",
        name="Măng tây xanh {place}",
        short_name="Măng tây xanh",
        category="Nông sản tươi > Rau củ",
        makers=("htx-nho-ninh-thuan",),
        units=(("Túi 500 g", 75), ("Túi 1 kg", 140)),
        description="Măng tây xanh cắt buổi sớm, ngọn chắc, giòn ngọt; xào tỏi hay nấu súp.",
        motif="leaf",
        colours=("#e8f5e9", "#388e3c"),
        shelf_life_days=5,
        certifications=("vietgap", "huu-co"),
    ),
    ProductKind(
        key="nuoc-mam",
        name="Nước mắm {place}",
        short_name="Nước mắm",
        category="Gia vị & nước chấm > Nước mắm",
        makers=("htx-nuoc-mam-phu-quoc", "htx-nuoc-mam-nha-trang"),
        variants=("cá cơm 40 độ đạm", "cá cơm 35 độ đạm", "nhĩ 43 độ đạm"),
        units=(("Chai 500 ml", 95), ("Chai 750 ml", 135), ("Hộp quà 2 chai 500 ml", 210)),
        description=(
            "Nước mắm nhĩ chắt từ thùng chượp cá cơm và muối biển ủ mười hai tháng, không chất "
            "bảo quản: màu cánh gián, thơm dịu, hậu ngọt."
        ),
        motif="bottle",
        colours=("#fff3e0", "#a0522d"),
        shelf_life_days=730,
        certifications=("haccp", "iso-22000"),
    ),
    ProductKind(
        key="mam-thai",
        name="Mắm thái {place}",
        short_name="Mắm thái",
        category="Gia vị & nước chấm > Mắm",
        makers=("htx-mam-chau-doc",),
        units=(("Hũ 500 g", 85),),
        description="Mắm cá lóc thái sợi trộn đu đủ, thính, tỏi ớt; ăn kèm thịt luộc, rau sống.",
        motif="jar",
        colours=("#fbe9e7", "#bf360c"),
        shelf_life_days=30,
        certifications=("haccp",),
    ),
    ProductKind(
        key="mam-ca-linh",
        name="Mắm cá linh {place}",
        short_name="Mắm cá linh",
        category="Gia vị & nước chấm > Mắm",
        makers=("htx-mam-chau-doc",),
        units=(("Hũ 500 g", 70),),
        description="Mắm cá linh mùa nước nổi, kho quẹt, chưng thịt hay nấu lẩu mắm.",
        motif="jar",
        colours=("#efebe9", "#6d4c41"),
        shelf_life_days=90,
    ),
    ProductKind(
        key="tieu-den",
        name="Tiêu đen {place}",
        short_name="Tiêu đen",
        category="Gia vị & nước chấm > Tiêu & gia vị",
        makers=("htx-ho-tieu-chu-se", "htx-nuoc-mam-phu-quoc"),
        variants=("hạt nguyên", "xay mịn"),
        units=(("Hũ 100 g", 45), ("Túi 500 g", 160)),
        description="Hạt tiêu chín phơi nắng, chắc hạt, cay nồng, thơm; xay ngay trước khi dùng.",
        motif="pepper",
        colours=("#eceff1", "#37474f"),
        shelf_life_days=730,
        certifications=("vietgap", "huu-co", "globalgap"),
    ),
    ProductKind(
        key="tieu-do",
        name="Tiêu đỏ {place}",
        short_name="Tiêu đỏ",
        category="Gia vị & nước chấm > Tiêu & gia vị",
        makers=("htx-ho-tieu-chu-se",),
        units=(("Hũ 100 g", 95),),
        description="Tiêu đỏ hái từng chùm chín đỏ trên cây, vị cay êm, thơm ngọt hơn tiêu đen.",
        motif="pepper",
        colours=("#ffebee", "#b71c1c"),
        shelf_life_days=730,
        certifications=("huu-co",),
    ),
    ProductKind(
        key="duong-thot-not",
        name="Đường thốt nốt {place}",
        short_name="Đường thốt nốt",
        category="Gia vị & nước chấm > Đường thốt nốt",
        makers=("htx-duong-thot-not-tri-ton",),
        variants=("dạng bánh", "dạng cát"),
        units=(("Túi 500 g", 55), ("Hộp 1 kg", 100)),
        description=(
            "Đường nấu từ nước hoa thốt nốt trên bếp củi, không pha đường mía: vàng nâu, thơm mùi "
            "khói, ngọt thanh."
        ),
        motif="box",
        colours=("#fff3e0", "#8d6e63"),
        shelf_life_days=365,
        certifications=("haccp",),
    ),
    ProductKind(
        key="mat-ong-u-minh",
        name="Mật ong rừng U Minh",
        short_name="Mật ong rừng",
        category="Mật ong & sản phẩm từ ong",
        makers=("htx-u-minh-ha",),
        units=(("Chai 500 ml", 280), ("Chai 1 lít", 520), ("Hộp quà 2 chai 500 ml", 580)),
        description=(
            "Mật ong gác kèo trong rừng tràm U Minh Hạ, màu hổ phách, thơm hoa tràm, vị ngọt "
            "đằm; lọc thô, không pha."
        ),
        motif="jar",
        colours=("#fff8e1", "#e0a526"),
        shelf_life_days=730,
        certifications=("haccp",),
    ),
    ProductKind(
        key="mat-ong-hoa-ca-phe",
        name="Mật ong hoa cà phê {place}",
        short_name="Mật ong hoa cà phê",
        category="Mật ong & sản phẩm từ ong",
        makers=("htx-ong-mat-buon-don", "htx-ca-phe-ea-tu"),
        units=(("Chai 500 ml", 150), ("Chai 1 lít", 280)),
        description=(
            "Mật ong quay từ mùa hoa cà phê tháng Hai, màu vàng nhạt, thơm nhẹ hương cà phê. "
        ),
        motif="jar",
        colours=("#fffde7", "#d4a017"),
        shelf_life_days=730,
        certifications=("haccp", "vietgap"),
    ),
    ProductKind(
        key="mat-ong-bac-ha",
        name="Mật ong bạc hà {place}",
        short_name="Mật ong bạc hà",
        category="Mật ong & sản phẩm từ ong",
        makers=("htx-ong-mat-bac-ha-dong-van",),
        units=(("Chai 500 ml", 320),),
        description=(
            "Mật ong hoa bạc hà dại cao nguyên đá, vàng sáng, thơm the mát; dễ kết tinh mịn. "
        ),
        motif="jar",
        colours=("#f1f8e9", "#f9a825"),
        shelf_life_days=730,
    ),
    ProductKind(
        key="mat-ong-pu-luong",
        name="Mật ong rừng Pù Luông",
        short_name="Mật ong rừng",
        category="Mật ong & sản phẩm từ ong",
        makers=("htx-duoc-lieu-pu-luong",),
        units=(("Chai 500 ml", 300),),
        description="Mật ong khai thác một lần mỗi năm từ tổ ong rừng, màu sẫm, vị đậm.",
        motif="jar",
        colours=("#fff3e0", "#c77800"),
        shelf_life_days=730,
    ),
    ProductKind(
        key="sua-ong-chua",
        name="Sữa ong chúa {place}",
        short_name="Sữa ong chúa",
        category="Mật ong & sản phẩm từ ong",
        makers=("htx-u-minh-ha",),
        units=(("Hũ 100 g", 220),),
        description="Sữa ong chúa tươi, trữ đông ngay sau khi lấy; giao kèm túi giữ lạnh.",
        motif="jar",
        colours=("#fffde7", "#fbc02d"),
        shelf_life_days=180,
        certifications=("haccp",),
    ),
    ProductKind(
        key="phan-hoa",
        name="Phấn hoa {place}",
        short_name="Phấn hoa",
        category="Mật ong & sản phẩm từ ong",
        makers=("htx-ong-mat-buon-don",),
        units=(("Hũ 200 g", 160),),
        description=(
            "Phấn hoa cà phê và hoa rừng sấy nhẹ, hạt tơi nhiều màu; trộn sữa chua, mật ong. "
        ),
        motif="jar",
        colours=("#fff8e1", "#ffa000"),
        shelf_life_days=365,
    ),
    ProductKind(
        key="sam-ngoc-linh",
        name="Sâm Ngọc Linh {place}",
        short_name="Sâm Ngọc Linh",
        category="Dược liệu > Sâm & nấm dược liệu",
        makers=("htx-sam-ngoc-linh-tu-mo-rong",),
        variants=("củ tươi 5 năm tuổi", "củ tươi 7 năm tuổi"),
        units=(("Hộp 100 g", 12000),),
        description=(
            "Sâm Ngọc Linh trồng dưới tán rừng nguyên sinh, củ có tem truy xuất và giấy kiểm "
            "nghiệm; ngâm mật ong, ngâm rượu hoặc thái lát ngậm."
        ),
        motif="root",
        colours=("#efebe9", "#8d6e63"),
        shelf_life_days=30,
        certifications=("huu-co",),
    ),
    ProductKind(
        key="tra-sam-ngoc-linh",
        name="Trà sâm Ngọc Linh",
        short_name="Trà sâm",
        category="Dược liệu > Trà thảo dược",
        makers=("htx-sam-ngoc-linh-tu-mo-rong",),
        units=(("Hộp 20 túi lọc", 350),),
        description="Trà túi lọc từ lá và thân sâm Ngọc Linh, vị đắng nhẹ rồi ngọt hậu.",
        motif="root",
        colours=("#f1ece6", "#6d4c41"),
        shelf_life_days=540,
        certifications=("haccp",),
    ),
    ProductKind(
        key="nam-linh-chi",
        name="Nấm linh chi {place}",
        short_name="Nấm linh chi",
        category="Dược liệu > Sâm & nấm dược liệu",
        makers=("htx-nong-san-lac-duong",),
        variants=("đỏ nguyên tai", "thái lát"),
        units=(("Túi 500 g", 450), ("Hộp quà 250 g", 260)),
        description="Nấm linh chi đỏ trồng trên mùn cưa cao su, sấy khô; sắc nước uống hằng ngày.",
        motif="mushroom",
        colours=("#fbe9e7", "#b23c17"),
        shelf_life_days=730,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="ba-kich-tim",
        name="Ba kích tím {place}",
        short_name="Ba kích tím",
        category="Dược liệu > Thảo dược khô",
        makers=("htx-ba-kich-ba-che",),
        variants=("khô rút lõi", "tươi"),
        units=(("Túi 500 g", 280),),
        description="Rễ ba kích tím trồng dưới tán rừng từ ba năm, rút lõi, phơi khô; ngâm rượu.",
        motif="root",
        colours=("#f3e5f5", "#880e4f"),
        shelf_life_days=365,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="giao-co-lam",
        name="Trà giảo cổ lam {place}",
        short_name="Giảo cổ lam",
        category="Dược liệu > Trà thảo dược",
        makers=("htx-duoc-lieu-pu-luong",),
        units=(("Túi 500 g", 120), ("Hộp 30 túi lọc", 75)),
        description=(
            "Giảo cổ lam năm lá trồng dưới tán rừng, sấy khô; hãm như trà, vị đắng rồi ngọt. "
        ),
        motif="leaf",
        colours=("#e8f5e9", "#2e7d32"),
        shelf_life_days=730,
        certifications=("huu-co",),
    ),
    ProductKind(
        key="binh-gom",
        name="Bình gốm {place}",
        short_name="Bình gốm",
        category="Thủ công mỹ nghệ > Gốm sứ",
        makers=("htx-gom-su-bat-trang",),
        variants=("men lam vẽ tay hoa sen", "men rạn dáng tỏi", "men hỏa biến"),
        units=(("Chiếc cao 30 cm", 450), ("Chiếc cao 40 cm", 750)),
        description=(
            "Bình gốm tạo hình trên bàn xoay, vẽ tay và nung ở 1.250 °C; mỗi chiếc là độc bản."
        ),
        motif="vase",
        colours=("#e3f2fd", "#1e4f91"),
    ),
    ProductKind(
        key="bo-am-chen",
        name="Bộ ấm chén {place}",
        short_name="Bộ ấm chén",
        category="Thủ công mỹ nghệ > Gốm sứ",
        makers=("htx-gom-su-bat-trang",),
        variants=("men lam", "men rạn", "men ngọc"),
        units=(("Bộ 6 chén", 380), ("Hộp quà bộ 6 chén", 450)),
        description="Ấm chén pha trà men tráng kín, giữ nhiệt tốt; đóng hộp lót xốp an toàn.",
        motif="vase",
        colours=("#e8eaf6", "#283593"),
    ),
    ProductKind(
        key="gio-may-tre",
        name="Giỏ mây tre đan {place}",
        short_name="Giỏ mây tre",
        category="Thủ công mỹ nghệ > Mây tre đan",
        makers=("htx-may-tre-dan-phu-vinh",),
        variants=("có nắp", "đựng trái cây", "đi chợ"),
        units=(("Chiếc", 180), ("Bộ 3 chiếc", 420)),
        description=(
            "Giỏ đan tay từ mây và giang đã qua xử lý chống mốc, nhẹ, bền, thân thiện môi trường."
        ),
        motif="basket",
        colours=("#fbf3e4", "#a1887f"),
    ),
    ProductKind(
        key="chao-den-may",
        name="Chao đèn mây {place}",
        short_name="Chao đèn mây",
        category="Thủ công mỹ nghệ > Mây tre đan",
        makers=("htx-may-tre-dan-phu-vinh",),
        units=(("Chiếc đường kính 40 cm", 350),),
        description="Chao đèn đan mây hắt bóng ấm; kèm đui và dây treo.",
        motif="basket",
        colours=("#fff8e1", "#8d6e63"),
    ),
    ProductKind(
        key="non-la",
        name="Nón lá {place}",
        short_name="Nón lá",
        category="Thủ công mỹ nghệ > Nón lá",
        makers=("to-hop-tac-non-la-lang-chuong",),
        variants=("truyền thống", "bài thơ vẽ tay"),
        units=(("Chiếc", 85),),
        description="Nón chằm tay mười sáu vành, lá cọ trắng mịn, kèm quai lụa.",
        motif="hat",
        colours=("#fffde7", "#c8a951"),
    ),
    ProductKind(
        key="tui-tho-cam",
        name="Túi thổ cẩm {place}",
        short_name="Túi thổ cẩm",
        category="Thủ công mỹ nghệ > Thổ cẩm",
        makers=("htx-det-tho-cam-ta-van",),
        variants=("thêu tay", "nhuộm chàm"),
        units=(("Chiếc", 250),),
        description="Túi may từ vải lanh dệt tay, nhuộm chàm và thêu hoa văn H'Mông.",
        motif="weave",
        colours=("#e8eaf6", "#283593"),
    ),
    ProductKind(
        key="khan-tho-cam",
        name="Khăn thổ cẩm {place}",
        short_name="Khăn thổ cẩm",
        category="Thủ công mỹ nghệ > Thổ cẩm",
        makers=("htx-det-tho-cam-ta-van",),
        units=(("Chiếc 50 × 180 cm", 220),),
        description="Khăn choàng dệt tay hoa văn truyền thống, mềm, ấm.",
        motif="weave",
        colours=("#fce4ec", "#ad1457"),
    ),
    ProductKind(
        key="gao-st25",
        name="Gạo ST25 {place}",
        short_name="Gạo ST25",
        category="Thực phẩm > Gạo & ngũ cốc",
        makers=("htx-lua-gao-my-xuyen",),
        variants=("lúa tôm", "hữu cơ"),
        units=(("Túi 2 kg", 75), ("Túi 5 kg", 180), ("Bao 10 kg", 350)),
        description=(
            "Gạo ST25 hạt dài, trắng trong; cơm dẻo, thơm lá dứa, để nguội vẫn mềm. Lúa trồng "
            "trên ruộng luân canh tôm – lúa."
        ),
        motif="grain",
        colours=("#fffde7", "#9e9d24"),
        shelf_life_days=365,
        certifications=("vietgap", "huu-co", "haccp"),
    ),
    ProductKind(
        key="hat-dieu",
        name="Hạt điều rang muối {place}",
        short_name="Hạt điều",
        category="Thực phẩm > Hạt & đậu",
        makers=("htx-dieu-bu-dang",),
        variants=("còn vỏ lụa", "bóc vỏ lụa"),
        units=(("Hũ 500 g", 185), ("Túi 1 kg", 350), ("Hộp quà 500 g", 230)),
        description="Hạt điều loại W240 rang củi với muối, giòn, béo; đóng hũ hút ẩm.",
        motif="nut",
        colours=("#fff3e0", "#a0522d"),
        shelf_life_days=270,
        certifications=("haccp", "iso-22000"),
    ),
    ProductKind(
        key="mac-ca",
        name="Hạt mắc ca {place}",
        short_name="Hạt mắc ca",
        category="Thực phẩm > Hạt & đậu",
        makers=("htx-tra-o-long-bao-loc",),
        units=(("Túi 500 g", 200),),
        description="Mắc ca nứt vỏ sấy nứt, kèm dụng cụ tách; nhân béo, thơm.",
        motif="nut",
        colours=("#efebe9", "#795548"),
        shelf_life_days=270,
        certifications=("vietgap",),
    ),
    ProductKind(
        key="thanh-long-say",
        name="Thanh long sấy dẻo {place}",
        short_name="Thanh long sấy",
        category="Thực phẩm > Trái cây sấy",
        makers=("htx-thanh-long-ham-thuan-bac",),
        units=(("Túi 250 g", 65),),
        description="Thanh long ruột đỏ sấy dẻo, không đường, giữ màu và vị ngọt tự nhiên.",
        motif="fruit",
        colours=("#fce4ec", "#ad1457"),
        shelf_life_days=180,
        certifications=("haccp",),
    ),
    ProductKind(
        key="xoai-say",
        name="Xoài sấy dẻo {place}",
        short_name="Xoài sấy dẻo",
        category="Thực phẩm > Trái cây sấy",
        makers=("htx-xoai-cat-hoa-loc",),
        units=(("Túi 250 g", 70),),
        description="Xoài cát chín cây sấy dẻo, ít đường, miếng dày.",
        motif="fruit",
        colours=("#fff8e1", "#ffb300"),
        shelf_life_days=180,
        certifications=("haccp",),
    ),
    ProductKind(
        key="man-say",
        name="Mận sấy dẻo {place}",
        short_name="Mận sấy dẻo",
        category="Thực phẩm > Trái cây sấy",
        makers=("htx-nong-san-moc-chau",),
        units=(("Túi 300 g", 60),),
        description="Mận hậu sấy dẻo chua ngọt, ăn vặt hay làm quà.",
        motif="fruit",
        colours=("#f3e5f5", "#7b1fa2"),
        shelf_life_days=180,
    ),
    ProductKind(
        key="ca-ngu-mot-nang",
        name="Cá ngừ đại dương một nắng {place}",
        short_name="Cá ngừ một nắng",
        category="Thực phẩm > Hải sản khô",
        makers=("htx-thuy-san-song-cau",),
        units=(("Túi 500 g", 180), ("Túi 1 kg", 340)),
        description="Thăn cá ngừ đại dương câu tay, phơi một nắng, hút chân không và cấp đông.",
        motif="fish",
        colours=("#e1f5fe", "#1f6f8b"),
        shelf_life_days=180,
        certifications=("haccp",),
    ),
    ProductKind(
        key="kho-ca-loc",
        name="Khô cá lóc {place}",
        short_name="Khô cá lóc",
        category="Thực phẩm > Hải sản khô",
        makers=("htx-u-minh-ha",),
        units=(("Túi 500 g", 190),),
        description="Cá lóc đồng xẻ bướm, ướp muối vừa, phơi nắng; nướng than hay chiên giòn.",
        motif="fish",
        colours=("#fff8e1", "#8d6e63"),
        shelf_life_days=180,
    ),
    ProductKind(
        key="tom-kho",
        name="Tôm khô {place}",
        short_name="Tôm khô",
        category="Thực phẩm > Hải sản khô",
        makers=("htx-u-minh-ha",),
        units=(("Túi 250 g", 260), ("Hộp quà 500 g", 520)),
        description="Tôm đất Cà Mau luộc, phơi nắng, đập bỏ vỏ: đỏ tự nhiên, ngọt thịt.",
        motif="fish",
        colours=("#fbe9e7", "#e64a19"),
        shelf_life_days=180,
        certifications=("haccp",),
    ),
    ProductKind(
        key="cha-muc",
        name="Chả mực {place}",
        short_name="Chả mực",
        category="Thực phẩm > Thực phẩm chế biến",
        makers=("htx-cha-muc-ha-long",),
        units=(("Túi 500 g", 210), ("Túi 1 kg", 400)),
        description="Chả mực giã tay, dai giòn, thơm; giao đông lạnh kèm đá khô.",
        motif="fish",
        colours=("#fff8e1", "#f57f17"),
        shelf_life_days=90,
        certifications=("haccp", "iso-22000"),
    ),
    ProductKind(
        key="nem-chua",
        name="Nem chua {place}",
        short_name="Nem chua",
        category="Thực phẩm > Thực phẩm chế biến",
        makers=("htx-nem-chua-hac-thanh",),
        units=(("Túi 20 chiếc", 80),),
        description="Nem chua gói lá chuối, lên men tự nhiên ba ngày; chấm tương ớt.",
        motif="box",
        colours=("#ffebee", "#e53935"),
        shelf_life_days=7,
    ),
    ProductKind(
        key="lap-xuong",
        name="Lạp xưởng {place}",
        short_name="Lạp xưởng",
        category="Thực phẩm > Thực phẩm chế biến",
        makers=("htx-banh-pia-soc-trang",),
        units=(("Túi 500 g", 140),),
        description="Lạp xưởng tươi nạc mỡ vừa phải, ướp rượu mai quế lộ, phơi nắng.",
        motif="box",
        colours=("#ffebee", "#c62828"),
        shelf_life_days=90,
        certifications=("haccp",),
    ),
    ProductKind(
        key="banh-pia",
        name="Bánh pía {place}",
        short_name="Bánh pía",
        category="Thực phẩm > Bánh kẹo",
        makers=("htx-banh-pia-soc-trang",),
        variants=("sầu riêng trứng muối", "đậu xanh sầu riêng", "khoai môn"),
        units=(("Hộp 4 bánh", 70), ("Hộp quà 8 bánh", 150)),
        description="Vỏ bánh nhiều lớp mỏng, nhân đậu xanh sầu riêng, lòng đỏ trứng muối.",
        motif="box",
        colours=("#fff8e1", "#bf8f00"),
        shelf_life_days=60,
        certifications=("haccp",),
    ),
    ProductKind(
        key="keo-dua",
        name="Kẹo dừa {place}",
        short_name="Kẹo dừa",
        category="Thực phẩm > Bánh kẹo",
        makers=("htx-keo-dua-ben-tre",),
        variants=("sữa", "lá dứa", "đậu phộng", "sầu riêng"),
        units=(("Túi 400 g", 45), ("Hộp quà 500 g", 75)),
        description="Kẹo dừa mềm nấu từ nước cốt dừa và mạch nha, gói bánh tráng mỏng.",
        motif="box",
        colours=("#efebe9", "#795548"),
        shelf_life_days=180,
        certifications=("haccp",),
    ),
]

# Name lines the bulk catalogue adds once a kind's plain combinations are used up.
PRODUCT_LINES = (
    "loại đặc biệt",
    "mùa vụ mới",
    "quà biếu",
    "truyền thống",
    "cao cấp",
    "đóng gói nhỏ",
)


@dataclass(frozen=True)
class AccountData:
    role: str
    email: str
    password: str
    first_name: str
    last_name: str


STAFF = AccountData(
    role="Province staff",
    email="canbo.tinh@example.com",
    password="demo-canbo-2025",
    first_name="Hạnh",
    last_name="Trần Thị",
)
SELLER = AccountData(
    role="HTX seller",
    email="nguoiban@example.com",
    password="demo-nguoiban-2025",
    first_name="Hùng",
    last_name="Nguyễn Văn",
)
SHOPPER = AccountData(
    role="Shopper",
    email="khachhang@example.com",
    password="demo-khachhang-2025",
    first_name="Lan",
    last_name="Phạm Thị",
)
ACCOUNTS = (STAFF, SELLER, SHOPPER)
SELLER_COOPERATIVE = "htx-ca-phe-ea-tu"
SUSPENSION_REASON = "Giấy chứng nhận an toàn thực phẩm đã hết hạn; gửi bản mới để mở lại gian hàng."
# The Django group province staff share: Wagtail's moderators plus these apps' permissions.
STAFF_GROUP = "Cán bộ tỉnh"
STAFF_PERMISSION_APPS = ("cooperatives", "catalogue", "reviews")

REVIEWERS = (
    ("Chị Minh Thư", "Hà Nội"),
    ("Anh Quốc Bảo", "Đà Nẵng"),
    ("Cô Ngọc Hân", "Cần Thơ"),
    ("Anh Hoàng Long", "Hải Phòng"),
    ("Chị Thu Trang", "Hồ Chí Minh"),
    ("Bác Văn Tư", "Huế"),
)
REVIEWS = {
    5: (
        ("Đúng vị quê nhà", "Đóng gói cẩn thận, giao nhanh, chất lượng như mô tả. Sẽ mua lại."),
        ("Rất đáng tiền", "Mua làm quà ai cũng khen. Hợp tác xã tư vấn nhiệt tình."),
    ),
    4: (
        ("Hàng tốt", "Sản phẩm ngon, chỉ có giao hơi chậm một ngày."),
        ("Hài lòng", "Chất lượng ổn, giá hợp lý so với ngoài chợ."),
    ),
    3: (("Tạm được", "Sản phẩm được, nhưng bao bì có thể chắc chắn hơn."),),
}

HOME_PAGE = {
    "title": "Chợ HTX",
    "slug": "cho-htx",
    "hero_title": "Đặc sản hợp tác xã, từ vườn đến nhà",
    "hero_text": (
        "Sản phẩm OCOP 3–5 sao của hơn ba mươi hợp tác xã khắp các tỉnh, mua thẳng từ người làm ra."
    ),
    "hero_cta_text": "Xem sản phẩm",
    "hero_cta_url": "/catalogue/",
    "featured_products_heading": "Sản phẩm OCOP nổi bật",
    "featured_products_count": 8,
    # Shown first when the catalogue has them: what shoppers know the regions for.
    "featured_kinds": (
        "ca-phe-robusta",
        "mat-ong-u-minh",
        "nuoc-mam",
        "gao-st25",
        "xoai-cat-hoa-loc",
        "che-thai-nguyen",
        "hat-dieu",
        "non-la",
    ),
    "featured_categories_heading": "Danh mục",
    "text": (
        "<h2>Vì sao mua ở Chợ HTX?</h2>"
        "<ul><li>Mỗi gian hàng là một hợp tác xã đã được cán bộ tỉnh thẩm định.</li>"
        "<li>Hạng sao OCOP, chứng nhận VietGAP, hữu cơ… ghi rõ trên từng sản phẩm.</li>"
        "<li>Một giỏ hàng cho sản phẩm của nhiều hợp tác xã.</li></ul>"
    ),
}

NEWS_INDEX = {
    "title": "Tin tức",
    "slug": "tin-tuc",
    "intro": "Tin về hợp tác xã, hội chợ OCOP và mùa vụ khắp các tỉnh.",
}


@dataclass(frozen=True)
class NewsData:
    slug: str
    title: str
    date: date
    intro: str
    body: str
    motif: str
    colours: tuple[str, str]


NEWS = [
    NewsData(
        slug="hoi-cho-ocop-tay-nguyen-2025",
        title="Hội chợ OCOP Tây Nguyên 2025 tại Buôn Ma Thuột",
        date=date(2025, 3, 12),
        intro="Hơn 200 gian hàng OCOP của các hợp tác xã Tây Nguyên và duyên hải miền Trung.",
        body=(
            "<p>Từ ngày 10 đến 16 tháng Ba, hội chợ OCOP khu vực Tây Nguyên diễn ra bên lề Lễ "
            "hội Cà phê Buôn Ma Thuột. Các hợp tác xã của Đắk Lắk, Lâm Đồng và Gia Lai mang đến "
            "cà phê, hồ tiêu, mật ong, sầu riêng và rượu cần.</p>"
            "<p>HTX Nông nghiệp Dịch vụ Cà phê Ea Tu giới thiệu dòng cà phê rang mộc vừa được "
            "nâng hạng OCOP 4 sao. Người mua ở xa có thể đặt các sản phẩm của hội chợ ngay trên "
            "Chợ HTX.</p>"
        ),
        motif="bean",
        colours=("#f3e5d8", "#6f4e37"),
    ),
    NewsData(
        slug="mua-xoai-cat-hoa-loc",
        title="Vào mùa xoài cát Hòa Lộc: đặt trước để nhận trái chín cây",
        date=date(2025, 4, 28),
        intro="HTX Xoài cát Hòa Lộc nhận đặt trước cho vụ thu hoạch chính từ tháng Năm.",
        body=(
            "<p>Vụ xoài chính năm nay sai trái, trái bao từ nhỏ nên vỏ vàng đẹp, ít sâu bệnh. "
            "Hợp tác xã chỉ hái trái đủ ngày tuổi và giao trong 48 giờ.</p>"
            "<p>Đơn đặt trước được giao theo thứ tự; người mua nhận tin nhắn trước ngày giao.</p>"
        ),
        motif="fruit",
        colours=("#fff8e1", "#f9a825"),
    ),
    NewsData(
        slug="chao-mung-hop-tac-xa-moi",
        title="Chào mừng các hợp tác xã mới lên Chợ HTX",
        date=date(2025, 6, 5),
        intro="Năm hợp tác xã từ Quảng Ninh, Lào Cai và Khánh Hòa mở gian hàng trong tháng Sáu.",
        body=(
            "<p>Sau khi được cán bộ tỉnh thẩm định hồ sơ, HTX Ba kích Ba Chẽ, HTX Dệt thổ cẩm "
            "Tả Van, HTX Nho Ninh Thuận và hai hợp tác xã khác đã mở gian hàng.</p>"
            "<p>Hợp tác xã muốn bán hàng trên Chợ HTX hãy đăng ký với mã số thuế, người đại "
            "diện và địa chỉ; hồ sơ được duyệt trong năm ngày làm việc.</p>"
        ),
        motif="basket",
        colours=("#fbf3e4", "#a1887f"),
    ),
    NewsData(
        slug="dia-chi-moi-sau-sap-nhap-tinh",
        title="Địa chỉ hợp tác xã được cập nhật theo 34 tỉnh, thành mới",
        date=date(2025, 7, 15),
        intro=(
            "Từ 1/7/2025, địa chỉ trên Chợ HTX dùng hai cấp tỉnh – xã theo bản đồ hành chính mới."
        ),
        body=(
            "<p>Cả nước còn 34 tỉnh, thành phố và không còn cấp huyện. Chợ HTX đã chuyển địa "
            "chỉ của mọi hợp tác xã và nơi xuất xứ của mọi sản phẩm sang xã, phường, đặc khu "
            "mới.</p>"
            "<p>Ví dụ, nước mắm Phú Quốc nay ghi xuất xứ Đặc khu Phú Quốc, tỉnh An Giang; xoài "
            "cát Hòa Lộc thuộc tỉnh Đồng Tháp. Bộ lọc theo tỉnh trên trang tìm kiếm dùng tên "
            "mới.</p>"
        ),
        motif="leaf",
        colours=("#e8f5e9", "#2e7d32"),
    ),
]

HERO_IMAGE = {
    "title": "Ruộng bậc thang và đồi chè",
    "path": "original_images/demo-hero.jpg",
    "motif": "terraces",
    "colours": ("#fdf6e3", "#2e7d32"),
}
