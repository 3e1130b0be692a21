"""The page fragments every storefront page repeats (the menu with the category tree, the
footer), rendered once per language, site and kind of visitor and kept in the cache.

What only one request may show stays out of the cached HTML: a fragment marks such a part with
the `uncached` tag and it is rendered afresh into the cached HTML on every request. One version,
kept in the cache, is in every key: shop/invalidation.py makes a new one when categories, the
site settings or pages (the news index, legal pages linked from the footer) change.
"""

import re
import uuid

from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe

from pagecache.dependencies import FRAGMENTS_TAG, page_depends_on, pages_changed

FRAGMENTS_VERSION_KEY = "fragments:version"
UNCACHED_MARK = "<!--uncached:{}-->"
_UNCACHED = re.compile(r"<!--uncached:([\w/.-]+\.html)-->")


def fragments_version() -> str:
    version = cache.get(FRAGMENTS_VERSION_KEY)
    if version is None:
        cache.add(FRAGMENTS_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(FRAGMENTS_VERSION_KEY, "")
    return version


def fragments_invalidate() -> None:
    """Drops the fragments, and every cached page, since every page shows them."""
    cache.set(FRAGMENTS_VERSION_KEY, uuid.uuid4().hex, None)
    pages_changed([FRAGMENTS_TAG])


def _visitor(context) -> str:
    """What the fragments show differently per visitor: signed in or not, and whether the
    account may use the dashboard (the menu leaves out "Sell with us" then)."""
    user = context.get("user")
    if user is None or not user.is_authenticated:
        return "guest"
    staff = user.is_staff or user.has_perm("partner.dashboard_access")
    return "staff" if staff else "shopper"


def _render(context, template_name: str) -> str:
    template = context.template.engine.get_template(template_name)
    with context.push():
        return template.render(context)


def fragment_render(context, template_name: str) -> SafeString:
    page_depends_on(FRAGMENTS_TAG)
    request = context.get("request")
    key = ":".join(
        (
            "fragment",
            settings.CARD_CACHE_VERSION,
            fragments_version(),
            template_name,
            context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE,
            request.get_host() if request is not None else "",
            _visitor(context),
        )
    )
    html = cache.get(key)
    if html is None:
        html = _render(context, template_name)
        cache.set(key, html, settings.CARD_CACHE_SECONDS)
    return mark_safe(  # noqa: S308 (our templates' output)
        _UNCACHED.sub(lambda match: _render(context, match.group(1)), html)
    )
