"""Writes for the CMS: the contact form's rate limit and the site settings' cache."""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

CONTACT_LIMIT = 5
CONTACT_WINDOW_SECONDS = 60 * 60
SITE_SETTINGS_VERSION_KEY = "cms:site-settings:version"


def _client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def contact_rate_limit_hit(*, request) -> None:
    """Counts one contact submission from the request's address; refuses the sixth in an hour."""
    key = f"cms:contact:{_client_address(request)}"
    cache.add(key, 0, CONTACT_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, CONTACT_WINDOW_SECONDS)
        count = 1
    if count > CONTACT_LIMIT:
        raise ValidationError(
            _(
                "You have sent several messages in the last hour. Please wait a little, "
                "or call our hotline."
            ),
            code="rate_limited",
        )


def site_settings_cache_clear() -> None:
    """Every cached copy of the site settings is stale from now on (a new version key)."""
    cache.add(SITE_SETTINGS_VERSION_KEY, 0, None)
    try:
        cache.incr(SITE_SETTINGS_VERSION_KEY)
    except ValueError:
        cache.set(SITE_SETTINGS_VERSION_KEY, 1, None)
