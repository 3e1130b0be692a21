from django.apps import apps
from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    path("cms-admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("cooperatives/", include("cooperatives.urls")),
    path("places/", include("places.urls")),
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
