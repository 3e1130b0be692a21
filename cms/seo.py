"""What search engines and social networks read: canonical addresses, clean descriptions,
Open Graph and schema.org JSON-LD built from the marketplace's objects."""

import json
from urllib.parse import urlencode

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from catalogue.text import text_from_html

DESCRIPTION_LENGTH = 160
# The characters json_script escapes, so a value can never close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
# Query parameters that make a distinct page of a listing; every other one (facets, sort) is a
# variant whose canonical address is the clean one.
CANONICAL_PARAMETERS = ("page",)


def description_from_html(html: str, length: int = DESCRIPTION_LENGTH) -> str:
    return Truncator(text_from_html(html)).chars(length)


def canonical_url(request) -> str:
    params = {
        name: request.GET[name]
        for name in CANONICAL_PARAMETERS
        if request.GET.get(name) not in (None, "", "1")
    }
    url = request.build_absolute_uri(request.path)
    return f"{url}?{urlencode(params)}" if params else url


def json_ld(data: dict) -> str:
    """A <script type="application/ld+json"> element with json_script's escaping: user text in
    `data` stays inert whatever it contains."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def breadcrumb_list(items: list[tuple[str, str]]) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(items, start=1)
        ],
    }


def website(request) -> dict:
    home = request.build_absolute_uri("/")
    search = request.build_absolute_uri(reverse("search:search"))
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": settings.OSCAR_SHOP_NAME,
        "url": home,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }


def organization(request, cooperative) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": cooperative.name,
        "url": request.build_absolute_uri(cooperative.get_absolute_url()),
        "taxID": cooperative.tax_code,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": cooperative.street_address,
            "addressRegion": cooperative.province_name,
            "addressCountry": "VN",
        },
    }
    if cooperative.description:
        data["description"] = description_from_html(cooperative.description, 300)
    if cooperative.phone:
        data["telephone"] = cooperative.phone
    if cooperative.email:
        data["email"] = cooperative.email
    if cooperative.logo:
        data["logo"] = request.build_absolute_uri(cooperative.logo.url)
    return data


def _availability(info) -> str:
    if info.availability.is_available_to_buy:
        return "https://schema.org/InStock"
    return "https://schema.org/OutOfStock"


def product(request, product, *, info=None, image_url: str = "") -> dict:
    """schema.org Product with its Offer (price and availability from Oscar's strategy) and,
    where shoppers reviewed it, its aggregateRating."""
    info = info or request.strategy.fetch_for_product(product)
    url = request.build_absolute_uri(product.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.get_title(),
        "url": url,
        "description": description_from_html(product.description, 500),
    }
    if product.upc:
        data["sku"] = product.upc
    if image_url:
        data["image"] = [image_url]
    if product.cooperative_id:
        data["brand"] = {"@type": "Organization", "name": product.cooperative.name}
    if info.price.exists:
        price = info.price.incl_tax if info.price.is_tax_known else info.price.excl_tax
        data["offers"] = {
            "@type": "Offer",
            "url": url,
            "priceCurrency": info.price.currency,
            "price": f"{price:.0f}" if info.price.currency == "VND" else f"{price:.2f}",
            "availability": _availability(info),
            "itemCondition": "https://schema.org/NewCondition",
        }
        if product.cooperative_id:
            data["offers"]["seller"] = {"@type": "Organization", "name": product.cooperative.name}
    if product.rating is not None and product.num_approved_reviews:
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": f"{product.rating:.1f}",
            "reviewCount": product.num_approved_reviews,
            "bestRating": 5,
            "worstRating": 1,
        }
    return data
