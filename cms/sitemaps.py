"""sitemap.xml: an index of sections (Wagtail pages, products, categories, cooperatives), each
paginated by Django's sitemap framework, with lastmod read by one aggregate per section so the
index stays quick with 100,000 products."""

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.template.response import TemplateResponse
from django.urls import reverse
from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from catalogue.models import Product
from cooperatives.models import Cooperative

Category = get_model("catalogue", "Category")


class Sitemap(DjangoSitemap):
    """A sitemap whose addresses use the request's host, as Wagtail's pages do, rather than the
    sites framework's single domain."""

    def __init__(self, request):
        self.request = request

    def get_domain(self, site=None):
        return self.request.get_host()

    def get_protocol(self, protocol=None):
        return self.request.scheme


class AggregateLastmodMixin:
    lastmod_field = ""

    def lastmod(self, obj):
        return getattr(obj, self.lastmod_field)

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max(self.lastmod_field))["latest"]


class ProductSitemap(AggregateLastmodMixin, Sitemap):
    limit = 10_000
    changefreq = "daily"
    lastmod_field = "date_updated"

    def items(self):
        return (
            Product.objects.browsable()
            .filter(cooperative__status=Cooperative.Status.APPROVED)
            .only("pk", "slug", "date_updated")
            .order_by("pk")
        )


class CooperativeSitemap(AggregateLastmodMixin, Sitemap):
    changefreq = "weekly"
    lastmod_field = "updated_at"

    def items(self):
        return Cooperative.objects.approved().only("pk", "slug", "updated_at").order_by("pk")


class PageSitemap(WagtailSitemap):
    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]


class CategorySitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Category.objects.filter(is_public=True).order_by("path")


SITEMAPS = {
    "pages": PageSitemap,
    "products": ProductSitemap,
    "categories": CategorySitemap,
    "cooperatives": CooperativeSitemap,
}


def sitemap_index(request):
    """The index of every section's pages, each with its section's latest change."""
    entries = []
    for section, sitemap in _sitemaps(request).items():
        url = request.build_absolute_uri(reverse("sitemap-section", kwargs={"section": section}))
        last_mod = sitemap.get_latest_lastmod()
        for number in sitemap.paginator.page_range:
            location = url if number == 1 else f"{url}?p={number}"
            entries.append({"location": location, "last_mod": last_mod})
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


def sitemap_section(request, section: str):
    return sitemap_views.sitemap(request, _sitemaps(request), section=section)


def _sitemaps(request) -> dict:
    return {section: sitemap_class(request) for section, sitemap_class in SITEMAPS.items()}
