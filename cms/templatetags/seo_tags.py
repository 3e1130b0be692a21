"""The <head> tags for sharing and search engines, and the product page's JSON-LD."""

from django import template
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from wagtail.models import Page

from catalogue.selectors import product_category_path
from cms import seo

register = template.Library()


def _absolute(request, url: str) -> str:
    return request.build_absolute_uri(url) if url else ""


def _product_image_url(request, product) -> str:
    image = product.primary_image()
    original = getattr(image, "original", None)
    return _absolute(request, original.url) if original else ""


def _page_image_url(request, page) -> str:
    image = getattr(page, "image", None) or getattr(page, "hero_image", None)
    if image is None:
        return ""
    return _absolute(request, image.get_rendition("fill-1200x630-c75|format-jpeg").url)


@register.inclusion_tag("cms/partials/head_meta.html", takes_context=True)
def seo_meta(context) -> dict:
    """Canonical address, Open Graph and Twitter tags, and the page's JSON-LD (WebSite on the
    home page, Organization for a cooperative, BreadcrumbList for categories, cooperatives and
    Wagtail pages; the product page adds its own)."""
    request = context.get("request")
    if request is None:
        return {}
    shop_name = context.get("shop_name", "")
    product, cooperative = context.get("product"), context.get("cooperative")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    og = {"type": "website", "title": shop_name, "description": "", "image": ""}
    json_ld = []
    if product is not None:
        og.update(
            type="product",
            title=product.get_title(),
            description=seo.description_from_html(product.get_meta_description()),
            image=_product_image_url(request, product),
        )
    elif cooperative is not None:
        og.update(
            title=cooperative.name,
            description=seo.description_from_html(cooperative.description),
        )
        if cooperative.cover_image:
            og["image"] = _absolute(request, cooperative.cover_image.url)
        json_ld.append(seo.organization(request, cooperative))
        json_ld.append(
            seo.breadcrumb_list(
                [
                    (shop_name, request.build_absolute_uri("/")),
                    (_("Cooperatives"), request.build_absolute_uri(reverse("cooperatives:list"))),
                    (cooperative.name, request.build_absolute_uri(cooperative.get_absolute_url())),
                ]
            )
        )
    elif context.get("category") is not None:
        category = context["category"]
        og.update(
            title=category.name,
            description=seo.description_from_html(category.get_meta_description()),
        )
        json_ld.append(
            seo.breadcrumb_list(
                [(shop_name, request.build_absolute_uri("/"))]
                + [
                    (c.name, request.build_absolute_uri(c.get_absolute_url()))
                    for c in category.get_ancestors_and_self()
                ]
            )
        )
    elif page is not None:
        page = page.specific
        og.update(
            type="article" if page.specific_class.__name__ == "NewsPage" else "website",
            title=page.seo_title or page.title,
            description=seo.description_from_html(
                page.search_description or getattr(page, "intro", "") or ""
            ),
            image=_page_image_url(request, page),
        )
        if page.depth <= 2:
            json_ld.append(seo.website(request))
        else:
            crumbs = [
                (ancestor.title, _absolute(request, ancestor.get_url(request=request)))
                for ancestor in page.get_ancestors()[1:]
            ]
            crumbs.append((page.title, request.build_absolute_uri(request.path)))
            json_ld.append(seo.breadcrumb_list(crumbs))
    return {
        "canonical": seo.canonical_url(request),
        "og": og,
        "site_name": shop_name,
        "json_ld": format_html_join("", "{}", ((seo.json_ld(data),) for data in json_ld)),
    }


@register.simple_tag(takes_context=True)
def product_json_ld(context, product) -> str:
    """The product's Product/Offer and BreadcrumbList JSON-LD, as <script> elements. Reuses the
    page's purchase info (`session`) and categories (`category_path`) when it has them."""
    request = context["request"]
    crumbs = [(context.get("shop_name", ""), request.build_absolute_uri("/"))]
    categories = context.get("category_path")
    if categories is None:
        categories = product_category_path(product=product)
    crumbs += [(c.name, request.build_absolute_uri(c.get_absolute_url())) for c in categories]
    crumbs.append((product.get_title(), request.build_absolute_uri(product.get_absolute_url())))
    data = seo.product(
        request,
        product,
        info=context.get("session"),
        image_url=_product_image_url(request, product),
    )
    return format_html_join(
        "", "{}", ((seo.json_ld(item),) for item in (data, seo.breadcrumb_list(crumbs)))
    )
