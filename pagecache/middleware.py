"""Anonymous storefront pages: their cache headers (PublicCacheMiddleware) and the copy of each
kept in the cache and served before the rest of the stack runs (PageCacheMiddleware)."""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags

from .dependencies import page_tags_collected, tags_unchanged_since

# Where a cached page held its CSP nonce; every copy served gets a nonce of its own.
NONCE_MARK = b"\x00nonce\x00"
# Attributes django-csp reads from a response to change its policy: such a page is not kept.
_CSP_CHANGES = ("_csp_exempt", "_csp_config", "_csp_update", "_csp_replace")


def chosen_language(request) -> str:
    """The language the visitor chose with the switch (its cookie), else the site's."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _nonce(request) -> str | None:
    nonce = getattr(request, "_csp_nonce", None)
    return nonce if isinstance(nonce, str) else None


def _digest(content: bytes) -> str:
    return hashlib.md5(content, usedforsecurity=False).hexdigest()


def _conditional(request, response, digest: str):
    """Gives the response its ETag (the page's digest without the nonce, then the nonce) and
    answers a matching If-None-Match with 304. A 304 names, in its CSP header, the nonce of the
    copy the browser holds (and shows again), so that copy's inline scripts still run."""
    nonce = _nonce(request)
    response["ETag"] = f'"{digest}-{nonce}"' if nonce else f'"{digest}"'
    for etag in parse_etags(request.headers.get("If-None-Match", "")):
        held_digest, _dash, held_nonce = etag.strip('"').partition("-")
        if held_digest == digest:
            if held_nonce:
                request._csp_nonce = held_nonce
            response["ETag"] = etag
            return get_conditional_response(request, etag=etag, response=response)
    return response


class PublicCacheMiddleware:
    """Cache headers for storefront pages. An anonymous GET that carries no session, no basket
    and nothing for this visitor alone (no cookie set, no CSRF token, no message: any of these
    sets a cookie or marks the token used) is public for PUBLIC_PAGE_MAX_AGE seconds, varies on
    Cookie (the language is chosen by cookie), has an ETag and answers a matching
    If-None-Match with 304. Other pages are private: no-store when they carry a token or set a
    cookie, no-cache otherwise. Views that set Cache-Control themselves are left alone, and so
    are the paths of PUBLIC_PAGE_EXCLUDED_PREFIXES.

    Sits before SessionMiddleware so that it sees every cookie the response sets, and inside
    the CSP middleware, which writes the header after it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.private_cookies = {settings.SESSION_COOKIE_NAME, settings.OSCAR_BASKET_COOKIE_OPEN}

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or "Cache-Control" in response
            or response.streaming
            or not response.get("Content-Type", "").startswith("text/html")
            or request.path_info.startswith(settings.PUBLIC_PAGE_EXCLUDED_PREFIXES)
        ):
            return response
        if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            patch_cache_control(response, private=True, no_store=True)
            return response
        user = getattr(request, "user", None)
        if (
            response.status_code != 200
            or self.private_cookies & request.COOKIES.keys()
            or (user is not None and user.is_authenticated)
        ):
            patch_cache_control(response, private=True, no_cache=True)
            return response
        patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
        patch_vary_headers(response, ("Cookie",))
        nonce = _nonce(request)
        content = response.content.replace(nonce.encode(), b"") if nonce else response.content
        return _conditional(request, response, _digest(content))


@dataclass(frozen=True)
class CachedPage:
    """A public page as the inner middleware and the view made it, without its nonce."""

    started: float  # when it began to be rendered
    tags: tuple[str, ...]  # what it shows (pagecache.dependencies)
    headers: tuple[tuple[str, str], ...]
    body: bytes  # NONCE_MARK where the nonce was
    digest: str  # of the body without the nonce
    has_nonce: bool

    def response(self, request) -> HttpResponse:
        body = self.body
        if self.has_nonce:
            body = body.replace(NONCE_MARK, str(request.csp_nonce).encode())
        response = HttpResponse(body)
        for name, value in self.headers:
            response[name] = value
        response["Content-Length"] = len(body)
        return _conditional(request, response, self.digest)


class PageCacheMiddleware:
    """Serves anonymous storefront pages from the cache, ahead of sessions, CSRF, the basket,
    the strategy and the view. A page is kept when PublicCacheMiddleware (inside) made it public:
    an anonymous GET with nothing for one visitor in it. A request is served from the cache when
    it carries no cookie but the language's (a session, a basket, a CSRF token or a message
    means a page of its own), and gets the copy kept for its scheme, host, path, query and
    language, while nothing the page shows has changed since (pagecache.dependencies) and for at
    most PAGE_CACHE_SECONDS. Each copy gets a fresh CSP nonce, its ETag and a 304 when it
    matches. PAGE_CACHE_ENABLED=false switches it off.

    Sits right inside the CSP middleware, which writes the header with the copy's nonce."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.shared_cookies = {settings.LANGUAGE_COOKIE_NAME}

    def key(self, request) -> str | None:
        if (
            not settings.PAGE_CACHE_ENABLED
            or request.method not in ("GET", "HEAD")
            or request.path_info.startswith(settings.PUBLIC_PAGE_EXCLUDED_PREFIXES)
            or request.COOKIES.keys() - self.shared_cookies
            or "HTTP_AUTHORIZATION" in request.META
        ):
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        url = f"{request.scheme}://{host}{request.get_full_path()}"
        digest = hashlib.sha256(url.encode()).hexdigest()
        return f"page:{settings.CARD_CACHE_VERSION}:{chosen_language(request)}:{digest}"

    def __call__(self, request):
        key = self.key(request)
        if key is None:
            return self.get_response(request)
        page = cache.get(key)
        if page is not None and tags_unchanged_since(page.tags, page.started):
            return page.response(request)
        started = time.time()
        with page_tags_collected() as tags:
            response = self.get_response(request)
        if request.method == "GET" and self.storable(response):
            cache.set(key, self.page(request, response, started, tags), settings.PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def storable(response) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "public" in response.get("Cache-Control", "")
            and response.has_header("ETag")  # made public by PublicCacheMiddleware
            and not any(getattr(response, name, None) for name in _CSP_CHANGES)
            and not any(getattr(response, f"{name}_ro", None) for name in _CSP_CHANGES)
        )

    @staticmethod
    def page(request, response, started: float, tags: set[str]) -> CachedPage:
        nonce = _nonce(request)
        body = response.content
        if nonce:
            body = body.replace(nonce.encode(), NONCE_MARK)
        return CachedPage(
            started=started,
            tags=tuple(sorted(tags)),
            headers=tuple(
                (name, value)
                for name, value in response.items()
                if name not in ("ETag", "Content-Length")
            ),
            body=body,
            # PublicCacheMiddleware's ETag: the digest of the page without its nonce.
            digest=response["ETag"].strip('"').partition("-")[0],
            has_nonce=bool(nonce),
        )
