"""Small template tags for the storefront's templates."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from catalogue.cards import CSRF_PLACEHOLDER, cards_render
from catalogue.fragments import UNCACHED_MARK, fragment_render, fragments_version
from catalogue.models import Product
from catalogue.sanitize import rich_text_clean
from catalogue.selectors import product_list_public
from cms.models import NewsIndexPage

register = template.Library()


@register.inclusion_tag("oscar/catalogue/partials/ocop_badge.html")
def ocop_badge(stars: int | None, size: str = "") -> dict:
    """The OCOP rating as a badge: "OCOP" and one star per rating point (nothing when unrated)."""
    return {
        "stars": stars,
        "star_range": range(stars or 0),
        "label": _("OCOP %(stars)s stars") % {"stars": stars},
        "size": size,
    }


@register.simple_tag(takes_context=True)
def product_card_list(context, products, heading_level=3) -> list[SafeString]:
    """The products' cards as HTML, in order, from the cache where it holds them
    (catalogue.cards)."""
    return cards_render(context, products or [], heading_level=int(heading_level))


@register.simple_tag
def csrf_placeholder() -> SafeString:
    """A form's CSRF field left empty, for HTML that may be cached or shared: the response's
    token is filled in later (shop.middleware.CsrfPlaceholderMiddleware, static/js/csrf.js)."""
    return mark_safe(CSRF_PLACEHOLDER)  # noqa: S308 (a constant)


@register.simple_tag
def csrf_cookie_name() -> str:
    return settings.CSRF_COOKIE_NAME


@register.simple_tag
def public_product_cards(products) -> list[Product]:
    """Products chosen in the CMS that shoppers may see, in the chosen order, loaded for cards."""
    ids = [product.pk for product in products if product is not None]
    by_id = {product.pk: product for product in product_list_public().filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


@register.simple_tag(takes_context=True)
def news_index_url(context) -> str:
    """The address of the live news index page, or "" when there is none; cached with the
    fragments (a publish makes a new version)."""
    request = context.get("request")
    host = request.get_host() if request is not None else ""
    key = f"fragment:news-url:{fragments_version()}:{host}"
    url = cache.get(key)
    if url is None:
        news_index = NewsIndexPage.objects.live().first()
        url = (news_index.get_url(request=request) or "") if news_index else ""
        cache.set(key, url, settings.CARD_CACHE_SECONDS)
    return url


@register.simple_tag(takes_context=True)
def cached_fragment(context, template_name: str) -> SafeString:
    """The template (a menu, the footer) from the cache, as catalogue.fragments keeps it."""
    return fragment_render(context, template_name)


@register.simple_tag
def uncached(template_name: str) -> SafeString:
    """Inside a cached fragment: this template is rendered afresh on every request."""
    return mark_safe(UNCACHED_MARK.format(template_name))  # noqa: S308 (a template's name)


@register.filter
def rich_text(value: str) -> SafeString:
    """A seller's description as HTML: cleaned again by the allow-list as it is shown (it was
    cleaned on save too); plain text keeps its paragraphs."""
    value = (value or "").strip()
    if not value:
        return mark_safe("")
    if "<" not in value:
        return mark_safe(linebreaks(value, autoescape=True))  # noqa: S308 (escaped by linebreaks)
    return mark_safe(rich_text_clean(value))  # noqa: S308 (the allow-list's output)
