"""Reads for the CMS: what staff may choose, what pages show, the cached site settings."""

import hashlib
import json
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from oscar.core.loading import get_class, get_model
from wagtail.models import Site

from catalogue.fragments import fragments_version
from catalogue.models import Product
from catalogue.selectors import product_list_public
from cooperatives.models import Cooperative
from cooperatives.selectors import cooperative_list_public
from places.selectors import province_choices as places_province_choices
from search.analysis import fold
from search.db import Folded

Category = get_model("catalogue", "Category")
Selector = get_class("partner.strategy", "Selector")


def queryset_search_folded(*, queryset: QuerySet, field: str, text: str) -> QuerySet:
    """Rows whose `field` contains every word of `text`, accents and case ignored."""
    queryset = queryset.annotate(_folded_name=Folded(field))
    for word in fold(text).split():
        queryset = queryset.filter(_folded_name__contains=word)
    return queryset


def province_choices() -> list[tuple[int, str]]:
    return places_province_choices()


def product_chooser_list() -> QuerySet[Product]:
    """Products staff may feature: public, not variants, from approved cooperatives."""
    return (
        Product.objects.browsable()
        .filter(is_public=True, cooperative__status=Cooperative.Status.APPROVED)
        .select_related("cooperative")
        .order_by("title", "pk")
    )


def category_chooser_list() -> QuerySet:
    return Category.objects.filter(is_public=True).order_by("path")


def cooperative_chooser_list() -> QuerySet[Cooperative]:
    return Cooperative.objects.approved().order_by("name")


def products_available(*, products: list[Product], strategy=None) -> list[Product]:
    """The products a shopper can buy now, per Oscar's strategy (stock records prefetched)."""
    strategy = strategy or Selector().strategy()
    return [
        product
        for product in products
        if strategy.fetch_for_product(product).availability.is_available_to_buy
    ]


def products_chosen_public(*, ids: list[int]) -> list[Product]:
    """Chosen products shoppers may see, in the chosen order, loaded for cards in a fixed
    number of queries. A product deleted, hidden or of a suspended cooperative drops out."""
    by_id = {product.pk: product for product in product_list_public().filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


class ProductRule:
    NEWEST_FIVE_STARS = "newest_5_stars"
    BEST_SELLERS_OF_CATEGORY = "best_sellers_category"
    FROM_PROVINCE = "from_province"
    NEWEST = "newest"


def products_by_rule(
    *, rule: str, limit: int, category=None, province: int | None = None
) -> list[Product]:
    """Products picked by a rule instead of by hand, newest first unless the rule says."""
    products = product_list_public()
    if rule == ProductRule.NEWEST_FIVE_STARS:
        products = products.filter(ocop_stars=5)
    elif rule == ProductRule.FROM_PROVINCE and province:
        products = products.filter(cooperative__province=province)
    elif rule == ProductRule.BEST_SELLERS_OF_CATEGORY:
        if category is not None:
            subtree = Category.get_tree(category).values("pk")
            products = products.filter(categories__in=subtree).distinct()
        products = products.annotate(
            sold=Count("line", filter=Q(line__order__isnull=False))
        ).order_by("-sold", "-date_created", "-id")
    return list(products[:limit])


def product_ids_kept(*, key, pick: Callable[[], list[Product]]) -> tuple[int, ...]:
    """The ids of the products `pick` returns, kept PAGE_CACHE_SECONDS under `key` (a block's
    content and the strategy): a home page rendered again reads no product, its cards come from
    the cache. A product's own change shows at once on its card (and drops the cached pages that
    show it); which products a rule picks follows within PAGE_CACHE_SECONDS, as a cached page."""
    content = json.dumps(key, sort_keys=True, cls=DjangoJSONEncoder).encode()
    cache_key = (
        f"cms:product-ids:{settings.CARD_CACHE_VERSION}:{hashlib.sha256(content).hexdigest()}"
    )
    ids = cache.get(cache_key)
    if ids is None:
        ids = tuple(product.pk for product in pick())
        cache.set(cache_key, ids, settings.PAGE_CACHE_SECONDS)
    return ids


def cooperatives_shown(*, cooperatives: list) -> list[Cooperative]:
    """Of the cooperatives a chooser loaded, in their order, those shoppers may see."""
    return [c for c in cooperatives if c is not None and c.status == Cooperative.Status.APPROVED]


def cooperatives_chosen_public(*, ids: list[int]) -> list[Cooperative]:
    by_id = {c.pk: c for c in cooperative_list_public().filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


CATEGORY_PICTURES_CACHE_SECONDS = 60 * 60


def _category_pictures(category_ids: list[int]) -> dict[int, str]:
    """The first picture of a public product in each category or below it, in one query, kept
    an hour per set of categories: the query walks the pictures of every product below each
    category, seconds at 100,000 products. A change of the categories or a deleted picture
    makes a new fragments version (shop.invalidation), and with it a new key."""
    key = f"cms:category-pictures:{fragments_version()}:{','.join(map(str, sorted(category_ids)))}"
    pictures = cache.get(key)
    if pictures is None:
        ProductImage = get_model("catalogue", "ProductImage")
        pictures = dict(
            Category.objects.filter(pk__in=category_ids)
            .annotate(
                picture=Subquery(
                    ProductImage.objects.filter(
                        product__categories__path__startswith=OuterRef("path"),
                        product__is_public=True,
                    )
                    .order_by("display_order", "pk")
                    .values("original")[:1]
                )
            )
            .values_list("pk", "picture")
        )
        cache.set(key, pictures, CATEGORY_PICTURES_CACHE_SECONDS)
    return pictures


def category_tiles(*, categories: list, images: list) -> list[dict]:
    """Tiles for categories: the picture chosen for each (same position), else the category's
    own image, else the first picture of a public product in it or below it."""
    pictures = _category_pictures([c.pk for c in categories])
    return [
        {
            "category": category,
            "image": images[position] if position < len(images) else None,
            "picture": category.image or pictures.get(category.pk) or "",
        }
        for position, category in enumerate(categories)
        if category.is_public
    ]


SITE_SETTINGS_CACHE_SECONDS = 6 * 60 * 60


def _link(value, request) -> dict | None:
    page = value.get("page")
    url = page.get_url(request=request) if page else value.get("url", "")
    return {"label": value["label"], "url": url} if url else None


def site_settings_data(*, request) -> dict:
    """The header and footer details of the request's site as plain data, from the cache: no
    query on a cached page view. A save of the settings or a publish makes a new version."""
    from .models import SiteSettings
    from .services import SITE_SETTINGS_VERSION_KEY

    def key() -> str:
        return f"cms:site-settings:{cache.get(SITE_SETTINGS_VERSION_KEY, 0)}:{request.get_host()}"

    data = cache.get(key())
    if data is not None:
        return data
    site = Site.find_for_request(request)
    # for_site creates the row the first time, which itself makes a new version.
    settings = SiteSettings.for_site(site) if site else SiteSettings()
    data = {
        field: getattr(settings, field)
        for field in (
            "hotline",
            "email",
            "facebook_url",
            "zalo_url",
            "youtube_url",
            "operator_name",
            "operator_address",
            "operator_tax_number",
            "operator_registration",
            "moit_badge_url",
        )
    }
    data["header_menu"] = [
        link for block in settings.header_menu if (link := _link(block.value, request))
    ]
    data["footer_columns"] = [
        {
            "heading": block.value["heading"],
            "links": [link for item in block.value["links"] if (link := _link(item, request))],
        }
        for block in settings.footer_columns
    ]
    data["hotline_tel"] = "".join(ch for ch in data["hotline"] if ch.isdigit() or ch == "+")
    cache.set(key(), data, SITE_SETTINGS_CACHE_SECONDS)
    return data
