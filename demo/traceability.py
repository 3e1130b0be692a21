"""Demo traceability and supply–demand data: a coffee lot with its farm diary and GTIN for the
demo seller's cooperative, a buyer's purchase request and a harvest announcement. Idempotent;
run after the search index is built, so the request is matched like a real one."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from stdnum import ean

from catalogue.models import Category, Certification, Product
from cooperatives.models import Cooperative
from demo import data
from sourcing import services as sourcing
from sourcing.models import HarvestAnnouncement, PurchaseRequest
from traceability import services as traceability
from traceability.models import Lot

LOT_CODE = "EATU-2025-11"
GTIN_BODY = "893000012345"  # a demo GTIN-13 under Vietnam's GS1 prefix 893
DIARY = (
    ("care", datetime.date(2025, 5, 12), "Tỉa cành, làm cỏ quanh gốc, tủ gốc bằng vỏ cà phê", ""),
    (
        "fertilising",
        datetime.date(2025, 6, 3),
        "Bón phân hữu cơ vi sinh đầu mùa mưa",
        "Phân hữu cơ vi sinh 2 kg/gốc",
    ),
    ("harvest", datetime.date(2025, 11, 5), "Hái chọn quả chín đỏ trên 95%", ""),
    ("processing", datetime.date(2025, 11, 8), "Phơi trên giàn tre, tách vỏ, chọn hạt", ""),
    (
        "packing",
        datetime.date(2025, 11, 20),
        "Rang mộc, xay và đóng túi 500 g có van một chiều",
        "",
    ),
)


def demo_traceability_load() -> str:
    cooperative = Cooperative.objects.get(slug=data.SELLER_COOPERATIVE)
    product = (
        Product.objects.filter(cooperative=cooperative, categories__name="Cà phê", is_public=True)
        .order_by("pk")
        .first()
    )
    if product is None:
        return "  Traceability: skipped (the demo cooperative has no coffee)"
    traceability.product_gtin_set(product=product, gtin=GTIN_BODY + ean.calc_check_digit(GTIN_BODY))
    lot = Lot.objects.filter(product=product, code=LOT_CODE).first()
    if lot is None:
        lot = traceability.lot_create(
            product=product,
            code=LOT_CODE,
            produced_on=datetime.date(2025, 11, 20),
            expires_on=datetime.date(2026, 11, 20),
            quantity=Decimal("1800"),
            quantity_unit="kg",
            growing_area="Vườn cà phê đội 3",
            latitude=Decimal("12.712300"),
            longitude=Decimal("108.062100"),
        )
        for kind, date, text, input_used in DIARY:
            traceability.step_add(lot=lot, kind=kind, date=date, text=text, input_used=input_used)
    coffee = Category.objects.filter(name="Cà phê").first()
    shopper = get_user_model().objects.get(email=data.SHOPPER.email)
    buyer = sourcing.buyer_profile_save(
        user=shopper,
        company_name="Bếp ăn Trường Tiểu học Hòa Thắng",
        contact_name="Phạm Thị Lan",
        phone="0262 3812 345",
        email=data.SHOPPER.email,
    )
    title = "Cà phê Robusta rang xay cho căng tin"
    if coffee and not PurchaseRequest.objects.filter(buyer=buyer, title=title).exists():
        sourcing.request_post(
            buyer=buyer,
            title=title,
            category=coffee,
            quantity=Decimal("40"),
            unit="kg",
            delivery_province=cooperative.province,
            recurrence=PurchaseRequest.Recurrence.MONTHLY,
            target_price=Decimal("220000"),
            required_certifications=Certification.objects.filter(code="vietgap"),
            description="Giao đầu mỗi tháng, đóng túi 1 kg, có hóa đơn.",
        )
    announcement = "Bơ sáp vụ mới"
    fruit = Category.objects.filter(name="Trái cây").first()
    if fruit and not HarvestAnnouncement.objects.filter(cooperative=cooperative).exists():
        sourcing.announcement_post(
            cooperative=cooperative,
            title=announcement,
            category=fruit,
            quantity=Decimal("12"),
            unit="tấn",
            harvest_from=datetime.date.today() + datetime.timedelta(days=30),
            harvest_to=datetime.date.today() + datetime.timedelta(days=75),
            price_min=Decimal("25000"),
            price_max=Decimal("32000"),
        )
    return f"  Traceability: lot {LOT_CODE} of “{product.title}”; a purchase request, a harvest"
