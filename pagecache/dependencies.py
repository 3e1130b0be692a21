"""What a cached page shows, so that it is dropped as soon as that changes.

While a page is rendered for the page cache (pagecache.middleware), the code that puts something
on it names it with `page_depends_on("product:12")` (a product card, a product page), and the
code that changes it calls `pages_changed(["product:12"])` (shop/invalidation.py). The cache keeps,
per tag, the time of its last change; a cached page is served only while none of its tags
changed after the page began to be rendered, so a change made while a page was being rendered
drops that page too. What no tag names (a new product in a list, a count) is at most
PAGE_CACHE_SECONDS old, as browsers and proxies may already show it (PUBLIC_PAGE_MAX_AGE).
"""

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

# Every page shows the menu and footer (categories, site settings, links to pages).
FRAGMENTS_TAG = "fragments"
# Every page that shows a cooperative's card or profile (name, logo, product count).
COOPERATIVES_TAG = "cooperatives"
_collected: ContextVar[set[str] | None] = ContextVar("page_tags", default=None)


def product_tag(product_id: int) -> str:
    return f"product:{product_id}"


def page_depends_on(*tags: str) -> None:
    """Names what the page being rendered shows; nothing when no page is being cached."""
    collected = _collected.get()
    if collected is not None:
        collected.update(tags)


@contextmanager
def page_tags_collected() -> Iterator[set[str]]:
    """The tags named while the block runs (rendering one page)."""
    tags: set[str] = set()
    token = _collected.set(tags)
    try:
        yield tags
    finally:
        _collected.reset(token)


def _changed_key(tag: str) -> str:
    return f"pagecache:changed:{tag}"


def _mark(tags: tuple[str, ...]) -> None:
    now = time.time()
    # A page lives PAGE_CACHE_SECONDS at most: older changes cannot concern it.
    timeout = settings.PAGE_CACHE_SECONDS + 2 * settings.PAGE_CACHE_CLOCK_SKEW
    cache.set_many({_changed_key(tag): now for tag in tags}, timeout)


def pages_changed(tags: Iterable[str]) -> None:
    """Drops every cached page that shows one of these tags, now and, inside a transaction,
    again after the commit: a page rendered in between read what was committed before."""
    tags = tuple(tags)
    if tags:
        _mark(tags)
        if transaction.get_connection().in_atomic_block:
            transaction.on_commit(lambda: _mark(tags), robust=True)


def tags_unchanged_since(tags: Iterable[str], started: float) -> bool:
    """Whether none of these tags changed since a page began to be rendered at `started`."""
    keys = [_changed_key(tag) for tag in tags]
    if not keys:
        return True
    # A change on another server, whose clock may be ahead, counts from a little earlier.
    since = started - settings.PAGE_CACHE_CLOCK_SKEW
    return all(changed < since for changed in cache.get_many(keys).values())
