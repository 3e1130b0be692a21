import logging
import re
import time
import uuid

from django.conf import settings
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.html import format_html

from catalogue.cards import CSRF_PLACEHOLDER
from pagecache.middleware import chosen_language

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

    def __call__(self, request):
        translation.activate(chosen_language(request))
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
