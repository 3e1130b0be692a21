"""Factories for our models, built on Oscar's own where they exist."""

from decimal import Decimal

import factory
from django.conf import settings
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.test.factories import PartnerFactory as OscarPartnerFactory
from oscar.test.factories import ProductClassFactory, StockRecordFactory, UserFactory
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from catalogue.models import Certification, Product
from cms.models import HomePage
from cooperatives.models import Cooperative

HO_CHI_MINH_CITY = 79
DAK_LAK = 66
BUON_MA_THUOT = 24133  # Phường Buôn Ma Thuột, Đắk Lắk
HA_NOI = 1


def valid_tax_code(serial: int) -> str:
    """A 10-digit tax code with its check digit (weights of the tax office), from a serial of up
    to nine digits; serials whose check digit would be 10 are skipped, as the tax office does."""
    while True:
        body = f"{serial % 1_000_000_000:09d}"
        weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
        check = 10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        if check < 10:
            return f"{body}{check}"
        serial += 1


class PartnerFactory(OscarPartnerFactory):
    class Meta:
        skip_postgeneration_save = True


class CooperativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cooperative
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"HTX Nông nghiệp Thử nghiệm {n}")
    slug = factory.Sequence(lambda n: f"htx-thu-nghiem-{n}")
    partner = factory.SubFactory(PartnerFactory, name=factory.SelfAttribute("..name"))
    kind = Cooperative.Kind.COOPERATIVE
    tax_code = factory.Sequence(lambda n: valid_tax_code(601_000_000 + n * 7))
    province = DAK_LAK
    commune = BUON_MA_THUOT
    representative = "Nguyễn Văn An"
    phone = "+84905123456"
    email = factory.Sequence(lambda n: f"htx{n}@example.vn")
    status = Cooperative.Status.APPROVED


class CertificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Certification
        django_get_or_create = ("code",)

    code = "vietgap"
    name = "VietGAP"


class ProductFactory(factory.django.DjangoModelFactory):
    """A public, stocked product of an approved cooperative.

    `ProductFactory(stockrecord__price=Decimal("90000"), stockrecord__num_in_stock=0)` sets its
    stock record (`stockrecord=False` for none); `categories=["Đồ uống > Cà phê"]` its categories.
    """

    class Meta:
        model = Product
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Sản phẩm thử nghiệm {n}")
    description = "Sản phẩm của hợp tác xã."
    product_class = factory.SubFactory(ProductClassFactory, name="Sản phẩm OCOP")
    structure = Product.STANDALONE
    is_public = True
    cooperative = factory.SubFactory(CooperativeFactory)
    ocop_stars = 4
    origin_province = factory.SelfAttribute("cooperative.province")
    origin_commune = factory.SelfAttribute("cooperative.commune")
    unit = "Hộp 500 g"
    shelf_life_days = 365

    @factory.post_generation
    def stockrecord(obj, create, extracted, price=Decimal("125000"), num_in_stock=50, **kwargs):
        if create and extracted is not False:
            StockRecordFactory(
                product=obj,
                partner=obj.cooperative.partner,
                price=price,
                num_in_stock=num_in_stock,
                price_currency="VND",
                **kwargs,
            )

    @factory.post_generation
    def categories(obj, create, extracted, **kwargs):
        if create:
            for breadcrumb in extracted if extracted is not None else ["Thực phẩm"]:
                obj.categories.add(create_from_breadcrumbs(breadcrumb))

    @factory.post_generation
    def certifications(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.certifications.add(*extracted)


def wagtail_root() -> Page:
    """Wagtail's tree root. Its migrations create it with the default locale, but a transactional
    test (live_server) that ran before in the same process has flushed both."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def site_home_create(**fields) -> HomePage:
    """A HomePage as the root of the default Wagtail site, so "/" serves it."""
    home = wagtail_root().add_child(instance=HomePage(**fields))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Chợ HTX"},
    )
    return home


def country_vietnam():
    """The only shipping country. A data migration creates it, but a transactional test (live
    server, threads) that ran before in the same process has flushed it."""
    from oscar.core.loading import get_model

    country, _ = get_model("address", "Country").objects.get_or_create(
        iso_3166_1_a2="VN",
        defaults={
            "iso_3166_1_a3": "VNM",
            "iso_3166_1_numeric": "704",
            "printable_name": "Việt Nam",
            "name": "Cộng hòa Xã hội chủ nghĩa Việt Nam",
            "is_shipping_country": True,
        },
    )
    return country


__all__ = [
    "CertificationFactory",
    "CooperativeFactory",
    "PartnerFactory",
    "ProductFactory",
    "UserFactory",
    "country_vietnam",
    "site_home_create",
    "valid_tax_code",
    "wagtail_root",
]
