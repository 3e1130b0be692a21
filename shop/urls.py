from django.apps import apps
from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemaps import sitemap_index, sitemap_section
from cms.views import robots_txt

from .csrf import csrf_token

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    path("cms-admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("cooperatives/", include("cooperatives.urls")),
    path("places/", include("places.urls")),
    path("orders/", include("shop.order.urls")),
    path("payments/", include("payments.urls")),
    path("privacy/", include("privacy.urls")),
    # Oscar's profile deletion would erase orders' link to a person without anonymising them.
    path("accounts/profile/delete/", RedirectView.as_view(pattern_name="privacy:centre")),
    path("robots.txt", robots_txt, name="robots-txt"),
    path("csrf-token/", csrf_token, name="csrf-token"),
    path("sitemap.xml", sitemap_index, name="sitemap-index"),
    path("sitemap-<section>.xml", sitemap_section, name="sitemap-section"),
    path("dashboard/truy-xuat/", include("traceability.dashboard_urls")),
    path("dashboard/cung-cau/", include("sourcing.dashboard_urls")),
    path("cung-cau/", include("sourcing.urls")),
    path("", include("traceability.urls")),  # GS1 Digital Link paths: /01/{gtin}/10/{lot}
    path("", include(apps.get_app_config("oscar").urls[0])),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's pages come last: they catch every path the patterns above leave.
urlpatterns += [path("", include(wagtail_urls))]
