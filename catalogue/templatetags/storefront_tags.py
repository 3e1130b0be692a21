"""Small template tags for the storefront's templates."""

from django import template
from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

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


@register.simple_tag
def public_product_cards(products) -> list[Product]:
    """Products chosen in the CMS that shoppers may see, in the chosen order, loaded for cards."""
    ids = [product.pk for product in products if product is not None]
    by_id = {product.pk: product for product in product_list_public().filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


@register.simple_tag(takes_context=True)
def news_index_url(context) -> str:
    """The address of the live news index page, or "" when there is none."""
    news_index = NewsIndexPage.objects.live().first()
    return (news_index.get_url(request=context.get("request")) or "") if news_index else ""


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
