"""sitemap.xml: an index of sections (Wagtail pages, products, categories, cooperatives), each
paginated by Django's sitemap framework, with lastmod read by one aggregate per section so the
index stays quick with 100,000 products."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from catalogue.models import Product
from cooperatives.models import Cooperative

Category = get_model("catalogue", "Category")


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


class CategorySitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Category.objects.filter(is_public=True).order_by("path")


class CooperativeSitemap(AggregateLastmodMixin, Sitemap):
    changefreq = "weekly"
    lastmod_field = "updated_at"

    def items(self):
        return Cooperative.objects.approved().only("pk", "slug", "updated_at").order_by("pk")


class PageSitemap(WagtailSitemap):
    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]


SITEMAPS = {
    "pages": PageSitemap,
    "products": ProductSitemap,
    "categories": CategorySitemap,
    "cooperatives": CooperativeSitemap,
}
