from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# Areas no search engine should crawl: accounts, basket, checkout, admin and search results
# (endless facet combinations of the listings, whose canonical pages are crawled instead).
ROBOTS_DISALLOW = (
    "/accounts/",
    "/basket/",
    "/checkout/",
    "/dashboard/",
    "/cms-admin/",
    "/django-admin/",
    "/search/",
    "/privacy/",
)


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
