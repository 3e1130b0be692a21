"""The CSRF token for pages that were served without one (shop.middleware.PublicCacheMiddleware
shares such pages between visitors): static/js/csrf.js asks here before a form is sent."""

from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def csrf_token(request):
    """The visitor's token; the response also sets the CSRF cookie when there was none."""
    return JsonResponse({"token": get_token(request)})
