"""Rate limits on the forms that attackers repeat: sign-in (django-axes, which counts failures
and locks out), and registration and password reset (counted here, every submission).

RATE_LIMITS declares the limited forms as data: a URL name, the field holding the account
(e-mail), how many submissions an account and an IP address may make within the window. Other
forms (the contact form, the cooperative application) are limited by adding an entry.
"""

import math
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _


def _message(seconds: float) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return _("You have tried too many times. Please wait %(minutes)d minutes, then try again.") % {
        "minutes": minutes
    }


def _limited_response(request, seconds: float):
    response = render(request, "ratelimited.html", {"message": _message(seconds)}, status=429)
    response["Retry-After"] = str(math.ceil(seconds))
    return response


def lockout_response(request, credentials):
    """AXES_LOCKOUT_CALLABLE: the page a locked-out sign-in gets."""
    return _limited_response(request, settings.AXES_COOLOFF_TIME.total_seconds())


def _hit(key: str, *, window: int) -> int:
    """Counts one submission for `key` in the current window; returns the count so far."""
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        rule = self._rule(request)
        if rule is not None:
            window = rule["window"]
            bucket = int(time.time() // window)
            keys = [(f"ip:{get_client_ip_address(request)}", rule["ip_limit"])]
            account = request.POST.get(rule["account_field"], "").strip().lower()
            if account:
                keys.append((f"account:{account}", rule["limit"]))
            over = False
            for key, limit in keys:
                count = _hit(f"ratelimit:{rule['name']}:{key}:{bucket}", window=window)
                over = over or count > limit
            if over:
                return _limited_response(request, (bucket + 1) * window - time.time())
        return self.get_response(request)

    def _rule(self, request) -> dict | None:
        if request.method != "POST":
            return None
        try:
            view_name = resolve(request.path_info).view_name
        except Resolver404:
            return None
        for rule in settings.RATE_LIMITS:
            if rule["view"] == view_name and rule.get("when_field", "") in {"", *request.POST}:
                return rule
        return None
