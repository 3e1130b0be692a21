"""Lighthouse (mobile) on the storefront's main pages, served with production settings. Prints a
table of the four category scores and each page's first-load transfer size; not a test.

    .venv/bin/python benchmarks/lighthouse.py            # the five pages, one run each
    .venv/bin/python benchmarks/lighthouse.py --runs 3   # the median of three runs per page

It installs the npm package lighthouse (LIGHTHOUSE_VERSION) into var/lighthouse when missing, and
drives Debian's /usr/bin/chromium with it (CHROME_PATH; no browser download). The site runs on its
own SQLite database var/lighthouse/db.sqlite3 with the demo data (`load_demo_data --force`, the
default 300 products), its own search index (alias prefix chohtx-lighthouse) and its own static
root (collectstatic with the production storage: fingerprinted, gzip and Brotli files), behind
gunicorn on 127.0.0.1:8211 with SECURE_SSL_REDIRECT=false. `proxy` below stands in for the TLS
proxy of docker-compose.yml: it serves /media/ from MEDIA_ROOT (cached for a month) and compresses
HTML, as that proxy should. The basket page is measured with a product in it (an anonymous
basket filled over HTTP). Each page's last full report is kept in var/lighthouse/<page>.json.
The server is stopped on exit, also on error; the script refuses to start when its port is taken.
"""

import argparse
import functools
import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from site_benchmark import HOST, cookie_header, fetch, port_taken, stop, wait_for

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "var" / "lighthouse"
LIGHTHOUSE_VERSION = "12.8.2"  # 13 wants Node 22; Debian 12 ships Node 20
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
PORT = 8211
BUDGET_KB = 150
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FIRST_LOAD = {"Document", "Stylesheet", "Script", "Font"}


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page (median)")
    parser.add_argument("--only", help="pages whose name contains this text")
    return parser.parse_args()


def environment() -> None:
    """Production settings on the Lighthouse database, over plain HTTP on loopback."""
    HERE.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="shop.settings.production",
        DATABASE_URL=f"sqlite:///{HERE / 'db.sqlite3'}",
        SECRET_KEY=os.environ.get("SECRET_KEY", "lighthouse-only-" + "x" * 40),
        ALLOWED_HOSTS=f"{HOST},localhost",
        SECURE_SSL_REDIRECT="false",  # no TLS proxy in front on loopback
        STATIC_ROOT=str(HERE / "static"),
        MEDIA_ROOT=str(HERE / "media"),
        ELASTICSEARCH_INDEX_PREFIX="chohtx-lighthouse",
        LOG_LEVEL="ERROR",
    )
    sys.path.insert(0, str(ROOT))


def lighthouse_install() -> None:
    installed = HERE / "node_modules" / "lighthouse" / "package.json"
    if installed.exists() and json.loads(installed.read_text())["version"] == LIGHTHOUSE_VERSION:
        return
    print(f"Installing lighthouse {LIGHTHOUSE_VERSION} into {HERE}")
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(HERE),
         f"lighthouse@{LIGHTHOUSE_VERSION}"],
        check=True,
    )  # fmt: skip


def prepare() -> None:
    import django
    from django.core.management import call_command

    django.setup()
    from catalogue.models import Product

    call_command("migrate", verbosity=0)
    if not Product.objects.exists():
        call_command("load_demo_data", force=True)  # rebuilds the search index
    print("Collecting static files")
    call_command("collectstatic", interactive=False, verbosity=0)


def pages() -> dict[str, str]:
    from django.db.models import Count
    from django.urls import reverse

    from catalogue.selectors import product_list_public
    from cooperatives.models import Cooperative

    product = (
        product_list_public()
        .filter(children__isnull=True, stockrecords__num_in_stock__gt=0)
        .order_by("pk")
        .first()
    )
    cooperative = (
        Cooperative.objects.approved().annotate(n=Count("products")).order_by("-n").first()
    )
    return {
        "home": "/",
        "search": reverse("search:search") + "?q=ca+phe",
        "product": product.get_absolute_url(),
        "cooperative": cooperative.get_absolute_url(),
        "basket": reverse("basket:summary"),
    }


def basket_cookies(base: str, product_path: str) -> dict[str, str]:
    """The cookies of an anonymous shopper who put the product in the basket. The product page
    is shared, so its form carries no token: it comes from /csrf-token/, as static/js/csrf.js
    asks for it."""
    from django.urls import reverse

    cookies: dict[str, str] = {}
    _status, page = fetch(base + product_path, cookies)
    action = re.search(r'action="([^"]*/basket/add/\d+/)"', page)
    if not action:
        raise SystemExit("the product page has no add-to-basket form")
    _status, answer = fetch(base + reverse("csrf-token"), cookies)
    form = f"csrfmiddlewaretoken={json.loads(answer)['token']}&quantity=1"
    status, _page = fetch(base + action[1], cookies, form)
    if status != 302:
        raise SystemExit(f"adding to the basket answered {status}")
    return cookies


def proxy(application):
    """WSGI: what the TLS proxy in front does, /media/ from disk and HTML gzip-compressed."""
    from django.conf import settings
    from whitenoise import WhiteNoise

    # autorefresh: thumbnails and renditions are written after the server started. A month of
    # caching, as the proxy should send for media: thumbnail and rendition names change with
    # their picture.
    media = WhiteNoise(
        application,
        root=settings.MEDIA_ROOT,
        prefix=settings.MEDIA_URL,
        autorefresh=True,
        max_age=30 * 24 * 3600,
    )

    def compressing(environ, start_response):
        captured = {}

        def capture(status, headers, exc_info=None):
            captured.update(status=status, headers=headers)

        body = b"".join(media(environ, capture))
        headers = captured["headers"]
        kind = next((v for k, v in headers if k.lower() == "content-type"), "")
        if kind.startswith("text/html") and "gzip" in environ.get("HTTP_ACCEPT_ENCODING", ""):
            body = gzip.compress(body, 6)
            headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
            headers += [("Content-Encoding", "gzip"), ("Content-Length", str(len(body)))]
            headers += [("Vary", "Accept-Encoding")]
        start_response(captured["status"], headers)
        return [body]

    return compressing


@functools.cache
def site():
    from shop.wsgi import application as django_application

    return proxy(django_application)


def application(environ, start_response):
    """gunicorn's entry point (`lighthouse:application`): the site behind `proxy`."""
    return site()(environ, start_response)


def lighthouse(url: str, cookies: dict[str, str], report: Path) -> dict:
    command = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]  # fmt: skip
    if cookies:
        command.append("--extra-headers=" + json.dumps({"Cookie": cookie_header(cookies)}))
    for _attempt in range(3):  # Lighthouse now and then fails to record the trace (NO_NAVSTART)
        done = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROME})
        if done.returncode == 0:
            break
    else:
        raise SystemExit(f"lighthouse failed three times on {url}")
    result = json.loads(report.read_text())
    scores = {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES}
    requests = result["audits"]["network-requests"]["details"]["items"]
    scores["kb"] = sum(r["transferSize"] for r in requests if r["resourceType"] in FIRST_LOAD)
    scores["kb"] /= 1024
    scores["all kb"] = sum(r["transferSize"] for r in requests) / 1024
    scores["failed"] = [
        (c, a["id"])
        for c in CATEGORIES
        for a in (result["audits"][ref["id"]] for ref in result["categories"][c]["auditRefs"])
        if a["score"] is not None and a["score"] < 1 and a["scoreDisplayMode"] != "informative"
        and (c != "performance" or a["score"] < 0.9)
    ]  # fmt: skip
    return scores


def measure(args, chosen: dict[str, str]) -> dict[str, dict]:
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "lighthouse:application", "--workers", "2",
         "--pythonpath", str(ROOT / "benchmarks"), "--bind", f"{HOST}:{PORT}",
         "--log-level", "warning", "--timeout", "120"],
        cwd=ROOT, env=os.environ.copy(), start_new_session=True,
    )  # fmt: skip
    results = {}
    try:
        wait_for(PORT, server)
        base = f"http://{HOST}:{PORT}"
        for name, path in chosen.items():
            cookies = basket_cookies(base, pages()["product"]) if name == "basket" else {}
            fetch(base + path, dict(cookies))  # warm the worker's caches
            report = HERE / f"{name}.json"  # the last run's full report, to read what it found
            runs = [lighthouse(base + path, cookies, report) for _ in range(args.runs)]
            middle = sorted(runs, key=lambda r: r["performance"])[len(runs) // 2]
            results[name] = {**middle, "path": path}
            print(f"  {name}: {middle}")
    finally:
        stop(server)
    return results


def report(results: dict[str, dict], runs: int) -> None:
    load = os.getloadavg()
    print(f"\nLighthouse {LIGHTHOUSE_VERSION}, mobile, {runs} run(s) per page (median by "
          f"performance), load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}\n")  # fmt: skip
    print("| page | performance | accessibility | best practices | SEO | first load KB "
          "(HTML+CSS+JS+fonts) | all KB |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        flag = "" if r["kb"] <= BUDGET_KB else f" (over {BUDGET_KB})"
        print(
            f"| {name} `{r['path']}` | {r['performance']} | {r['accessibility']} | "
            f"{r['best-practices']} | {r['seo']} | {r['kb']:.1f}{flag} | {r['all kb']:.1f} |"
        )
    for name, r in results.items():
        if r["failed"]:
            print(
                f"{name}: audits below full marks: {', '.join(f'{c}/{a}' for c, a in r['failed'])}"
            )


def main() -> None:
    args = arguments()
    if port_taken(PORT):
        raise SystemExit(f"something already listens on port {PORT}: stop it first")
    if not Path(CHROME).exists():
        raise SystemExit(f"no chromium at {CHROME} (apt-get install chromium)")
    environment()
    lighthouse_install()
    prepare()
    chosen = {n: p for n, p in pages().items() if not args.only or args.only in n}
    report(measure(args, chosen), args.runs)


if __name__ == "__main__":
    main()
