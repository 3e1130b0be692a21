import hashlib
import logging
import re
import time
import uuid

from django.conf import settings
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.utils import translation
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.html import format_html
from django.utils.http import parse_etags

from catalogue.cards import CSRF_PLACEHOLDER

from .health import readiness
from .logging import request_id_var

REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
requests_logger = logging.getLogger("shop.requests")


class ChosenLanguageMiddleware:
    """Vietnamese for everyone, unless the shopper chose another language with the switch.

    Django's LocaleMiddleware would follow the browser's Accept-Language, but most phones in
    Vietnam run with English system settings: the language cookie set by the switch
    (/i18n/setlang/) is the only choice that counts here.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.languages else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        patch_vary_headers(response, ("Cookie",))
        return response


class RequestIdMiddleware:
    """Gives every request an id, the proxy's X-Request-ID when it sent a sane one: each log line
    written while serving it carries the id (shop/logging.py), and so does the response. A
    request slower than SLOW_REQUEST_MS is logged as a warning."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        request.id = incoming if _REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request.id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            elapsed_ms = (time.perf_counter() - started) * 1000
            if elapsed_ms > settings.SLOW_REQUEST_MS:
                requests_logger.warning(
                    "Slow request: %s %s took %.0f ms",
                    request.method,
                    request.path,
                    elapsed_ms,
                    extra={
                        "method": request.method,
                        "path": request.path,
                        "status": response.status_code,
                        "duration_ms": round(elapsed_ms),
                    },
                )
        finally:
            request_id_var.reset(token)
        response[REQUEST_ID_HEADER] = request.id
        return response


class HealthCheckMiddleware:
    """Answers /healthz (the process is up) and /readyz (what it depends on, shop/health.py)
    ahead of host validation and the HTTPS redirect: load balancers and orchestrators probe
    by IP address over plain HTTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            response = JsonResponse({"status": "ok"})
        elif request.path == "/readyz":
            report = readiness()
            response = JsonResponse(report, status=503 if report["status"] == "down" else 200)
        else:
            return self.get_response(request)
        response["Cache-Control"] = "no-store"
        return response


class PermissionsPolicyMiddleware:
    """Sends the Permissions-Policy header of settings.PERMISSIONS_POLICY with every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class CsrfPlaceholderMiddleware:
    """Fills the empty CSRF fields that cached HTML carries (catalogue.cards.CSRF_PLACEHOLDER)
    with this response's token, when the visitor already has a CSRF cookie or a session, or the
    response sets a cookie: the page is private anyway, and its forms then work without
    JavaScript. A first-time anonymous
    visitor's page keeps the fields empty, so it holds no token and may be shared by caches;
    static/js/csrf.js fills them from the cookie (asking /csrf-token/ for one) on submit.

    Sits after CsrfViewMiddleware, whose response phase then sets the cookie it needs."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.placeholder = CSRF_PLACEHOLDER.encode()

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and self.placeholder in response.content
            and (
                "CSRF_COOKIE" in request.META
                or settings.SESSION_COOKIE_NAME in request.COOKIES
                or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
                or response.cookies  # private anyway (the product page's recently viewed)
            )
        ):
            field = format_html(
                '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)
            )
            response.content = response.content.replace(self.placeholder, field.encode())
        return response


class PublicCacheMiddleware:
    """Cache headers for storefront pages. An anonymous GET that carries no session, no basket
    and nothing for this visitor alone (no cookie set, no CSRF token, no message: any of these
    sets a cookie or marks the token used) is public for PUBLIC_PAGE_MAX_AGE seconds, varies on
    Cookie (the language is chosen by cookie), has an ETag and answers a matching
    If-None-Match with 304. Other pages are private: no-store when they carry a token or set a
    cookie, no-cache otherwise. Views that set Cache-Control themselves are left alone, and so
    are the paths of PUBLIC_PAGE_EXCLUDED_PREFIXES.

    A page's CSP nonce differs on every response: the ETag is the hash of the page without it,
    followed by the nonce. A 304 then names, in its CSP header, the nonce of the copy the
    browser holds (and shows again), so that copy's inline script still runs.

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
        return self.conditional(request, response)

    @staticmethod
    def conditional(request, response):
        nonce = getattr(request, "_csp_nonce", None)
        content = response.content.replace(nonce.encode(), b"") if nonce else response.content
        digest = hashlib.md5(content, usedforsecurity=False).hexdigest()
        response["ETag"] = f'"{digest}-{nonce}"' if nonce else f'"{digest}"'
        for etag in parse_etags(request.headers.get("If-None-Match", "")):
            held_digest, _dash, held_nonce = etag.strip('"').partition("-")
            if held_digest == digest:
                if held_nonce:
                    request._csp_nonce = held_nonce
                response["ETag"] = etag
                return get_conditional_response(request, etag=etag, response=response)
        return response
