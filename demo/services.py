"""Writes the demo data. Each step can run again and leaves the same data behind.

Records are found by natural keys (slugs, UPCs, codes, e-mails) and updated in place; every
product is drawn from a random generator seeded with its own number, so product N is the same
whatever the size of the catalogue; picture files are drawn only when missing.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, reset_queries, transaction
from django.utils.html import escape
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.checks import use_productcategory_materialised_view
from oscar.core.loading import get_model
from oscar.core.utils import slugify
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from catalogue.models import (
    Category,
    Certification,
    Product,
    ProductCategory,
    ProductClass,
    ProductImage,
)
from cms.models import HomePage, NewsIndexPage, NewsPage
from cooperatives.models import Cooperative
from cooperatives.roles import STAFF_GROUP
from cooperatives.services import (
    cooperative_add_seller,
    cooperative_approve,
    cooperative_create,
    cooperative_product_counts_refresh,
    cooperative_suspend,
    role_group_ensure,
)
from imaging.services import renditions_enqueue
from imaging.specs import PRODUCT_SPECS
from places.selectors import commune_choices, province_name

from . import data, images

StockRecord = get_model("partner", "StockRecord")
ProductRecord = get_model("analytics", "ProductRecord")
ProductReview = get_model("reviews", "ProductReview")

SEED = 2025
DEFAULT_PRODUCTS = 300
BATCH_SIZE = 2000
FEATURED_STARS = (4, 5)
OCOP_STARS = (None, 3, 4, 5)
OCOP_STAR_WEIGHTS = (35, 35, 24, 6)
OUT_OF_STOCK_SHARE = 0.08
TAX_CODE_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
MOBILE_PREFIXES = ("90", "91", "93", "94", "96", "97", "98", "86", "88", "35", "36", "77", "83")

PRODUCT_UPDATE_FIELDS = [
    "structure",
    "is_public",
    "title",
    "slug",
    "description",
    "product_class",
    "cooperative",
    "ocop_stars",
    "origin_province",
    "origin_commune",
    "unit",
    "shelf_life_days",
    "date_updated",
]

Progress = Callable[[int, int], None]


# Identifiers -------------------------------------------------------------------------------


def tax_code_for(*, prefix: str, serial: int) -> str:
    """A 10-digit tax code (mã số thuế): two digits of the issuing tax department, seven of
    serial, and the check digit, 10 − (Σ weight × digit mod 11); serials whose check digit
    would be 10 are skipped, as the tax office does."""
    while True:
        body = f"{prefix}{serial % 10_000_000:07d}"
        check = 10 - sum(int(d) * w for d, w in zip(body, TAX_CODE_WEIGHTS, strict=True)) % 11
        if check < 10:
            return f"{body}{check}"
        serial += 1


def upc_for(index: int) -> str:
    """An EAN-13 with Vietnam's GS1 prefix 893 and a valid check digit."""
    body = f"893{index + 1:09d}"
    total = sum(int(d) * (3 if position % 2 else 1) for position, d in enumerate(body))
    return f"{body}{(10 - total % 10) % 10}"


def _commune_code(*, province: int, name: str) -> int:
    codes = {commune: code for code, commune in commune_choices(province_code=province)}
    return codes[name]


# Picture files -----------------------------------------------------------------------------


def picture_ensure(*, path: str, draw: Callable[[], bytes]) -> str:
    """Saves the drawn picture at `path` in the media storage, unless a file is already there."""
    if not default_storage.exists(path):
        default_storage.save(path, ContentFile(draw()))
    return path


# Reference data ----------------------------------------------------------------------------


def demo_certifications_load() -> dict[str, int]:
    ids = {}
    for code, name, description in data.CERTIFICATIONS:
        certification, _ = Certification.objects.update_or_create(
            code=code, defaults={"name": name, "description": description}
        )
        ids[code] = certification.pk
    return ids


def demo_categories_load() -> dict[str, int]:
    return {path: create_from_breadcrumbs(path).pk for path in data.CATEGORIES}


def demo_product_class_load() -> ProductClass:
    product_class, _ = ProductClass.objects.update_or_create(
        slug=data.PRODUCT_CLASS["slug"],
        defaults={
            "name": data.PRODUCT_CLASS["name"],
            "requires_shipping": True,
            "track_stock": True,
        },
    )
    return product_class


# Accounts ----------------------------------------------------------------------------------


def demo_account_load(*, account: data.AccountData, is_staff: bool = False):
    """The account with this e-mail, created or brought back to the demo's name and password."""
    user = get_user_model().objects.filter(email__iexact=account.email).first()
    if user is None:
        user = get_user_model()(email=account.email, username=account.email.split("@")[0])
    user.first_name, user.last_name = account.first_name, account.last_name
    user.is_active, user.is_staff = True, is_staff
    if user.pk is None or not user.check_password(account.password):
        user.set_password(account.password)
    user.save()
    return user


def demo_staff_load(*, account: data.AccountData = data.STAFF):
    """Province staff: Oscar's dashboard (is_staff) with the "Province staff" group, and Wagtail's
    admin (Wagtail's Moderators)."""
    user = demo_account_load(account=account, is_staff=True)
    group = role_group_ensure(name=STAFF_GROUP)
    user.groups.remove(*Group.objects.filter(name=data.STAFF_GROUP))
    user.groups.add(group, *Group.objects.filter(name="Moderators"))
    return user


# Cooperatives ------------------------------------------------------------------------------


@cache
def _kinds_by_maker() -> dict[str, list[data.ProductKind]]:
    makers: dict[str, list[data.ProductKind]] = {}
    for kind in data.KINDS:
        for maker in kind.makers:
            makers.setdefault(maker, []).append(kind)
    return makers


def _cooperative_pictures(item: data.CooperativeData) -> dict[str, str]:
    initials = "".join(word[0] for word in item.place.split()[:2]).upper()
    kind = _kinds_by_maker()[item.slug][0]
    return {
        "logo": picture_ensure(
            path=f"cooperatives/logos/demo-{item.slug}.png",
            draw=lambda: images.logo_picture(initials=initials, colour=item.colour),
        ),
        "cover_image": picture_ensure(
            path=f"cooperatives/covers/demo-{item.slug}.jpg",
            draw=lambda: images.banner_picture(
                motif=kind.motif, colours=(kind.colours[0], item.colour), size=(1200, 400)
            ),
        ),
    }


def _cooperative_fields(index: int, item: data.CooperativeData) -> dict:
    rng = random.Random(f"{SEED}-{item.slug}")
    return {
        "kind": item.kind,
        "is_agricultural": item.is_agricultural,
        "tax_code": tax_code_for(
            prefix=data.TAX_CODE_PREFIXES[item.province], serial=1_234_567 + index * 104_729
        ),
        "province": item.province,
        "commune": _commune_code(province=item.province, name=item.commune),
        "street_address": item.street_address,
        "representative": item.representative,
        "phone": f"+84{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}",
        "email": f"{item.slug}@example.com",
        "description": f"{item.description}\n\nLĩnh vực: {item.sector}.",
        "founded_year": item.founded_year,
        "member_count": item.member_count,
        "classification": item.classification,
        "classification_year": 2024 if item.classification else None,
        **_cooperative_pictures(item),
    }


def _cooperative_status_apply(*, cooperative: Cooperative, status: str, approved_by) -> None:
    """Brings the cooperative to its demo status the way staff would: a suspended one was
    approved first."""
    if status == cooperative.status or status == Cooperative.Status.PENDING:
        return
    if not cooperative.is_approved:
        cooperative_approve(cooperative=cooperative, approved_by=approved_by)
    if status == Cooperative.Status.SUSPENDED:
        cooperative_suspend(
            cooperative=cooperative, suspended_by=approved_by, reason=data.SUSPENSION_REASON
        )


@transaction.atomic
def demo_cooperatives_load(*, approved_by) -> dict[str, Cooperative]:
    cooperatives = {}
    for index, item in enumerate(data.COOPERATIVES):
        fields = _cooperative_fields(index, item)
        cooperative = Cooperative.objects.filter(slug=item.slug).first()
        if cooperative is None:
            cooperative = cooperative_create(name=item.name, slug=item.slug, **fields)
        else:
            cooperative.name = item.name
            for field, value in fields.items():
                setattr(cooperative, field, value)
            cooperative.full_clean()
            cooperative.save()
        _cooperative_status_apply(
            cooperative=cooperative, status=item.status, approved_by=approved_by
        )
        cooperatives[item.slug] = cooperative
    return cooperatives


def demo_seller_load(*, cooperative: Cooperative, account: data.AccountData = data.SELLER):
    user = demo_account_load(account=account)
    cooperative_add_seller(cooperative=cooperative, user=user)
    return user


# Products ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductSpec:
    """Everything about demo product number `index`, before it meets the database."""

    index: int
    upc: str
    kind: data.ProductKind
    maker: data.CooperativeData
    title: str
    unit: str
    price: Decimal
    num_in_stock: int
    ocop_stars: int | None
    certifications: tuple[str, ...]
    num_purchases: int
    num_views: int

    @property
    def categories(self) -> tuple[str, ...]:
        if self.unit.startswith("Hộp quà"):
            return (self.kind.category, data.GIFT_CATEGORY)
        return (self.kind.category,)

    @property
    def has_own_picture(self) -> bool:
        """The default catalogue's products have pictures of their own; the bulk catalogue
        beyond it shares one per kind."""
        return self.index < DEFAULT_PRODUCTS

    @property
    def picture_path(self) -> str:
        if self.has_own_picture:
            return f"images/products/demo/{self.upc}.jpg"
        return f"images/products/demo/kinds/{self.kind.key}.jpg"

    def picture(self) -> bytes:
        subtitle = f"{self.maker.place} · {self.unit}" if self.has_own_picture else ""
        return images.product_picture(
            motif=self.kind.motif,
            colours=self.kind.colours,
            title=self.kind.short_name,
            subtitle=subtitle,
        )


@cache
def _cooperatives_by_slug() -> dict[str, data.CooperativeData]:
    return {item.slug: item for item in data.COOPERATIVES}


@cache
def _combinations(kind: data.ProductKind) -> list[tuple[str, str, tuple[str, int]]]:
    """(maker, variant, unit) in the order a kind's products use them: makers change first."""
    return [
        (maker, variant, unit)
        for unit in kind.units
        for variant in kind.variants
        for maker in kind.makers
    ]


def product_spec(index: int) -> ProductSpec:
    """Product number `index`: kinds take turns; each kind goes through its makers, variants and
    units, then through the same again in other product lines."""
    kind = data.KINDS[index % len(data.KINDS)]
    turn = index // len(data.KINDS)
    combinations = _combinations(kind)
    maker_slug, variant, (unit, price) = combinations[turn % len(combinations)]
    maker = _cooperatives_by_slug()[maker_slug]
    line_turn = turn // len(combinations)
    line = data.PRODUCT_LINES[(line_turn - 1) % len(data.PRODUCT_LINES)] if line_turn else ""
    name = " ".join(part for part in (kind.name.format(place=maker.place), variant, line) if part)
    rng = random.Random(SEED * 1_000_003 + index)
    num_purchases = min(int(4 * rng.paretovariate(1.2)) - 4, 5000)
    return ProductSpec(
        index=index,
        upc=upc_for(index),
        kind=kind,
        maker=maker,
        title=f"{name} – {unit[0].lower()}{unit[1:]}",
        unit=unit,
        price=Decimal(round(price * rng.uniform(0.92, 1.12)) * 1000),
        num_in_stock=0 if rng.random() < OUT_OF_STOCK_SHARE else rng.randint(5, 400),
        ocop_stars=rng.choices(OCOP_STARS, weights=OCOP_STAR_WEIGHTS)[0],
        certifications=tuple(code for code in kind.certifications if rng.random() < 0.5),
        num_purchases=num_purchases,
        num_views=num_purchases * rng.randint(12, 40) + rng.randint(0, 200),
    )


@dataclass(frozen=True)
class Catalogue:
    """Database ids the product rows point at."""

    product_class_id: int
    cooperatives: dict[str, Cooperative]
    categories: dict[str, int]
    certifications: dict[str, int]


@cache
def _description(kind: data.ProductKind, maker: data.CooperativeData, unit: str) -> str:
    origin = f"{maker.name}, {maker.commune}, {province_name(maker.province)}"
    return (
        f"<p>{escape(kind.description)}</p>"
        f"<p>Sản phẩm của {escape(origin)}. Quy cách: {escape(unit.lower())}.</p>"
    )


def _product_rows(specs: list[ProductSpec], catalogue: Catalogue) -> list[Product]:
    rows = []
    for spec in specs:
        cooperative = catalogue.cooperatives[spec.maker.slug]
        rows.append(
            Product(
                upc=spec.upc,
                structure=Product.STANDALONE,
                is_public=True,
                title=spec.title,
                slug=_slug(spec.title),
                description=_description(spec.kind, spec.maker, spec.unit),
                product_class_id=catalogue.product_class_id,
                cooperative_id=cooperative.pk,
                ocop_stars=spec.ocop_stars,
                origin_province=cooperative.province,
                origin_commune=cooperative.commune,
                unit=spec.unit,
                shelf_life_days=spec.kind.shelf_life_days,
            )
        )
    return rows


@cache
def _slug(title: str) -> str:
    return slugify(title)


def _products_write(specs: list[ProductSpec], catalogue: Catalogue) -> None:
    """Inserts or updates a batch of products with their stock records, categories,
    certifications, pictures and sales figures, a few statements per table."""
    products = Product.objects.bulk_create(
        _product_rows(specs, catalogue),
        update_conflicts=True,
        unique_fields=["upc"],
        update_fields=PRODUCT_UPDATE_FIELDS,
    )
    ids = {product.upc: product.pk for product in products}
    StockRecord.objects.bulk_create(
        [
            StockRecord(
                product_id=ids[spec.upc],
                partner_id=catalogue.cooperatives[spec.maker.slug].partner_id,
                partner_sku=spec.upc,
                price_currency="VND",
                price=spec.price,
                num_in_stock=spec.num_in_stock,
                low_stock_threshold=5,
            )
            for spec in specs
        ],
        update_conflicts=True,
        unique_fields=["partner", "partner_sku"],
        update_fields=["product", "price_currency", "price", "num_in_stock", "date_updated"],
    )
    ProductCategory.objects.bulk_create(
        [
            ProductCategory(product_id=ids[spec.upc], category_id=catalogue.categories[path])
            for spec in specs
            for path in spec.categories
        ],
        ignore_conflicts=True,
    )
    Product.certifications.through.objects.bulk_create(
        [
            Product.certifications.through(
                product_id=ids[spec.upc], certification_id=catalogue.certifications[code]
            )
            for spec in specs
            for code in spec.certifications
        ],
        ignore_conflicts=True,
    )
    ProductImage.objects.bulk_create(
        [
            ProductImage(
                product_id=ids[spec.upc],
                code=f"demo-{spec.upc}",
                original=spec.picture_path,
                caption=spec.title,
                display_order=0,
            )
            for spec in specs
        ],
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=["product", "original", "caption", "display_order"],
    )
    ProductRecord.objects.bulk_create(
        [
            ProductRecord(
                product_id=ids[spec.upc],
                num_views=spec.num_views,
                num_basket_additions=spec.num_purchases * 2,
                num_purchases=spec.num_purchases,
            )
            for spec in specs
        ],
        update_conflicts=True,
        unique_fields=["product"],
        update_fields=["num_views", "num_basket_additions", "num_purchases"],
    )


def _category_hierarchy_refresh() -> None:
    """What Oscar's ProductCategory signal does on each save (bulk inserts send no signals),
    once. (load_demo_data refreshes the planner's statistics when everything is loaded.)"""
    if connection.vendor == "postgresql" and use_productcategory_materialised_view():
        with connection.cursor() as cursor:
            cursor.execute("REFRESH MATERIALIZED VIEW catalogue_product_category_hierarchy")


def demo_products_load(
    *,
    count: int,
    catalogue: Catalogue,
    batch_size: int = BATCH_SIZE,
    on_progress: Progress | None = None,
) -> None:
    """Products 0 … count − 1, in batches of bulk statements, each batch in one transaction."""
    pictures_present: set[str] = set()
    for start in range(0, count, batch_size):
        specs = [product_spec(index) for index in range(start, min(start + batch_size, count))]
        for spec in specs:
            if spec.picture_path not in pictures_present:
                pictures_present.add(picture_ensure(path=spec.picture_path, draw=spec.picture))
                # Bulk inserts send no signal: the renditions are asked for once per file.
                renditions_enqueue(source=spec.picture_path, specs=PRODUCT_SPECS)
        with transaction.atomic():
            _products_write(specs, catalogue)
        reset_queries()  # with DEBUG on, Django would keep every bulk statement in memory
        if on_progress:
            on_progress(start + len(specs), count)
    _category_hierarchy_refresh()
    # Bulk inserts send no signals: the cooperatives' product counts are refreshed once.
    cooperative_product_counts_refresh(
        cooperative_ids=[cooperative.pk for cooperative in catalogue.cooperatives.values()]
    )


@transaction.atomic
def demo_reviews_load(*, count: int) -> int:
    """A few approved reviews on one product in seven of the first products; Oscar recomputes
    each product's rating as a review is saved."""
    reviews = 0
    for index in range(0, min(count, DEFAULT_PRODUCTS), 7):
        spec = product_spec(index)
        product = Product.objects.get(upc=spec.upc)
        rng = random.Random(f"{SEED}-review-{index}")
        for number in range(rng.randint(1, 3)):
            score = rng.choices((5, 4, 3), weights=(6, 3, 1))[0]
            title, body = rng.choice(data.REVIEWS[score])
            name, city = data.REVIEWERS[(index + number) % len(data.REVIEWERS)]
            ProductReview.objects.update_or_create(
                code=f"demo-{spec.upc}-{number}",
                defaults={
                    "product": product,
                    "score": score,
                    "title": title,
                    "body": body,
                    "name": f"{name} ({city})",
                    "email": f"khach{(index + number) % len(data.REVIEWERS)}@example.com",
                    "status": ProductReview.APPROVED,
                },
            )
            reviews += 1
    return reviews


def featured_specs(*, count: int, number: int) -> list[ProductSpec]:
    """Home page picks: in stock, 4 or 5 OCOP stars, from approved cooperatives, one per kind,
    the best-known kinds first."""
    approved = {item.slug for item in data.COOPERATIVES if item.status == "approved"}
    showcase = {key: rank for rank, key in enumerate(data.HOME_PAGE["featured_kinds"])}
    candidates = sorted(
        (
            spec
            for spec in map(product_spec, range(min(count, DEFAULT_PRODUCTS)))
            if spec.maker.slug in approved
            and spec.num_in_stock
            and spec.ocop_stars in FEATURED_STARS
        ),
        key=lambda spec: (showcase.get(spec.kind.key, len(showcase)), spec.index),
    )
    picks: dict[str, ProductSpec] = {}
    for spec in candidates:
        picks.setdefault(spec.kind.key, spec)
    return list(picks.values())[:number]


# Wagtail -----------------------------------------------------------------------------------


def wagtail_image_load(*, title: str, path: str, draw: Callable[[], bytes]):
    picture_ensure(path=path, draw=draw)
    image_model = get_image_model()
    image = image_model.objects.filter(file=path).first()
    if image is None:
        image = image_model(title=title, file=path, file_size=default_storage.size(path))
        image.save()
    return image


def _home_body(*, count: int) -> list[tuple[str, object]]:
    home = data.HOME_PAGE
    upcs = [s.upc for s in featured_specs(count=count, number=home["featured_products_count"])]
    products = sorted(Product.objects.filter(upc__in=upcs), key=lambda p: upcs.index(p.upc))
    roots = list(dict.fromkeys(path.split(" > ")[0] for path in data.CATEGORIES))
    categories = sorted(
        Category.objects.filter(depth=1, name__in=roots), key=lambda c: roots.index(c.name)
    )
    body: list[tuple[str, object]] = []
    if products:
        body.append(
            (
                "featured_products",
                {"heading": home["featured_products_heading"], "products": products},
            )
        )
    body.append(
        (
            "featured_categories",
            {"heading": home["featured_categories_heading"], "categories": categories},
        )
    )
    body.append(("text", RichText(home["text"])))
    return body


def _child_page_load(*, parent: Page, page: Page) -> Page:
    """The child of `parent` with the page's slug; added and published if missing."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def demo_site_load(*, count: int) -> HomePage:
    """The home page as the default site's root (in place of Wagtail's "Welcome" page) and the
    news index with its articles. Pages that exist are left as staff may have edited them."""
    home_data, hero = data.HOME_PAGE, data.HERO_IMAGE
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        hero_image = wagtail_image_load(
            title=hero["title"],
            path=hero["path"],
            draw=lambda: images.banner_picture(
                motif=hero["motif"], colours=hero["colours"], size=(1600, 800)
            ),
        )
        home = _child_page_load(
            parent=root,
            page=HomePage(
                title=home_data["title"],
                slug=home_data["slug"],
                hero_title=home_data["hero_title"],
                hero_text=home_data["hero_text"],
                hero_image=hero_image,
                hero_cta_text=home_data["hero_cta_text"],
                hero_cta_url=home_data["hero_cta_url"],
                body=_home_body(count=count),
            ),
        )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page, site.site_name = home, home_data["title"]
    site.save()
    welcome_pages = Page.objects.filter(
        depth=2, content_type=ContentType.objects.get_for_model(Page), sites_rooted_here=None
    )
    for page in welcome_pages:
        page.delete()
    news_index = _child_page_load(parent=home, page=NewsIndexPage(**data.NEWS_INDEX))
    for item in data.NEWS:
        image = wagtail_image_load(
            title=item.title,
            path=f"original_images/demo-news-{item.slug}.jpg",
            draw=lambda item=item: images.banner_picture(
                motif=item.motif, colours=item.colours, size=(1200, 675)
            ),
        )
        _child_page_load(
            parent=news_index,
            page=NewsPage(
                title=item.title,
                slug=item.slug,
                date=item.date,
                intro=item.intro,
                image=image,
                body=item.body,
            ),
        )
    return home
