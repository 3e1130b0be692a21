"""What the middleware stack costs per request: a trivial view behind the production settings'
whole MIDDLEWARE, then without each entry in turn, called through Django's WSGI handler in this
process (no server, no network). Prints microseconds per request; not a test.

    .venv/bin/python benchmarks/middleware_benchmark.py              # 3,000 requests per row
    .venv/bin/python benchmarks/middleware_benchmark.py --requests 500

It uses the site benchmark's environment (shop.settings.production on the chohtx_bench database,
Redis for cache and sessions). Each row is measured for an anonymous first visit (no cookie) and
for a returning visitor (the session, CSRF and language cookies a product page gave). "saved" is
what the stack costs less without that entry; an entry is only worth removing with a reason.
"""

import argparse
import sys
import time
from pathlib import Path

from django.http import HttpResponse
from django.urls import path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_benchmark import HOST, environment  # noqa: E402


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("ok/", ok)]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3_000, help="requests per row")
    parser.add_argument("--conn-max-age", default="60")
    return parser.parse_args()


# Entries that need another one before them: leaving that one out leaves them out too.
NEEDS = {
    "AuthenticationMiddleware": "SessionMiddleware",
    "BasketMiddleware": "AuthenticationMiddleware",
    "AxesMiddleware": "AuthenticationMiddleware",
    "MessageMiddleware": "SessionMiddleware",
}
ROUNDS = 7


def short(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def without(middleware: list[str], name: str) -> list[str]:
    left = [m for m in middleware if m != name]
    dependents = [m for m in left if NEEDS.get(short(m)) == short(name)]
    for dependent in dependents:
        left = without(left, dependent)
    return left


def per_request_us(middleware: list[str], environ: dict, *, requests: int) -> float:
    """CPU time per request of this process through a handler with `middleware`: the best of
    ROUNDS rounds, so other processes on a busy machine count as little as they can."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    statuses = set()

    def start_response(status, headers):
        statuses.add(status)

    with override_settings(MIDDLEWARE=middleware, ROOT_URLCONF=__name__):
        handler = WSGIHandler()
        rounds = []
        for _ in range(ROUNDS):
            started = time.process_time()
            for _ in range(requests // ROUNDS):
                response = handler(dict(environ), start_response)
                b"".join(response)
                response.close()
            rounds.append((time.process_time() - started) / (requests // ROUNDS) * 1e6)
    if statuses != {"200 OK"}:
        raise SystemExit(f"{[short(m) for m in middleware]} answered {statuses}")
    return min(rounds)


def visitor_cookies() -> str:
    """The cookies a returning anonymous visitor sends: a session that holds something, the CSRF
    token and the chosen language."""
    from django.conf import settings
    from django.contrib.sessions.backends.cache import SessionStore

    session = SessionStore()
    session["recently_searched"] = "ca phe"
    session.save()
    return "; ".join(
        [
            f"{settings.SESSION_COOKIE_NAME}={session.session_key}",
            f"{settings.CSRF_COOKIE_NAME}={'x' * 32}",
            f"{settings.LANGUAGE_COOKIE_NAME}=vi",
        ]
    )


def main() -> None:
    args = arguments()
    environment(args)
    import django

    django.setup()
    from django.conf import settings
    from django.test import RequestFactory

    base = RequestFactory(HTTP_HOST=HOST)._base_environ(PATH_INFO="/ok/", REQUEST_METHOD="GET")
    visitors = {"first visit": base, "returning": {**base, "HTTP_COOKIE": visitor_cookies()}}
    full = list(settings.MIDDLEWARE)
    rows = [("whole stack", full), ("no middleware", [])]
    for name in full:
        left = without(full, name)
        also = [short(m) for m in full if m not in left and m != name]
        rows.append(
            (f"without {short(name)}" + (f" (and {', '.join(also)})" if also else ""), left)
        )
    whole = {}
    print(f"{args.requests:,} requests per row, CPU µs per request (best of {ROUNDS} rounds)\n")
    print("| middleware | " + " | ".join(f"{v} µs | saved" for v in visitors) + " |")
    print("| --- |" + " ---: | ---: |" * len(visitors))
    for label, middleware in rows:
        cells = []
        for visitor, environ in visitors.items():
            us = per_request_us(middleware, environ, requests=args.requests)
            whole.setdefault(visitor, us)
            cells.append(f"{us:.0f} | {whole[visitor] - us:.0f}")
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
