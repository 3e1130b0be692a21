"""Side-by-side benchmark: every storefront page of this site and of stock django-oscar 4.2 on the
same products, workers and CONN_MAX_AGE, with the bare "ok" view as the ceiling. Prints a table;
not a test.

    .venv/bin/python benchmarks/site_benchmark.py                      # 100,000 products, 15 s/URL
    .venv/bin/python benchmarks/site_benchmark.py --products 2000 --duration 5   # a smoke run

It uses its own PostgreSQL database (chohtx_bench, created when missing; DATABASE_URL may name
another whose name contains "bench"), loads `load_demo_data --products N` into it when it holds
fewer products, adds cooperatives through cooperatives.services up to --cooperatives, rebuilds
the search index (prefix ELASTICSEARCH_INDEX_PREFIX, default "chohtx-bench") when it was loaded
or is missing, and serves the site with shop.settings.production behind gunicorn. wrk (installed
from Debian when missing) drives each endpoint with --connections and with one connection. The
stock-Oscar baseline is copied out of /work/shared/oscar-baseline into var/oscar-baseline, set up
on the same N products in its own database (chohtx_bench_oscar) unless it already holds them, and
benchmarked by its own bench.sh. Every server started is stopped, also on error; the script
refuses to start when one of its ports is taken.
"""

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
BASELINE_SOURCE = Path("/work/shared/oscar-baseline")
BASELINE = ROOT / "var" / "oscar-baseline"
BASELINE_DATABASE = "chohtx_bench_oscar"
DEFAULT_DATABASE_URL = "postgres://chohtx:chohtx@127.0.0.1:5432/chohtx_bench"
SITE_PORT, BASELINE_PORT = 8107, 8108
HOST = "127.0.0.1"

# Reads "@file" arguments as one path per line (the 1,000 queries) and cycles through the paths,
# the threads from evenly spaced offsets (so that they do not ask the same paths one after the
# other). Counts responses that are neither 2xx nor 3xx. Prints one JSON line: requests, req/s,
# p50/p95/p99 (ms), errors.
WRK_SCRIPT = r"""
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  method, body, cookie, count = args[1], args[2], args[3], tonumber(args[4])
  paths = {}
  for i = 5, #args do
    if args[i]:sub(1, 1) == "@" then
      for line in io.lines(args[i]:sub(2)) do table.insert(paths, line) end
    else
      table.insert(paths, args[i])
    end
  end
  headers = {}
  if cookie ~= "-" then headers["Cookie"] = cookie end
  if body == "-" then body = nil else
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  n = math.floor(#paths * id / count) % #paths
  bad, redirects = 0, 0
end
function request()
  n = n % #paths + 1
  return wrk.format(method, paths[n], headers, body)
end
function response(status)
  if status >= 400 then bad = bad + 1 elseif status >= 300 then redirects = redirects + 1 end
end
function done(summary, latency)
  local errors, redirects = 0, 0
  for _, t in ipairs(threads) do
    errors = errors + t:get("bad")
    redirects = redirects + t:get("redirects")
  end
  local e = summary.errors
  errors = errors + e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    'RESULT {"requests": %d, "rps": %.2f, "p50": %.1f, "p95": %.1f, "p99": %.1f, "errors": %d, '
    .. '"redirects": %d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, redirects))
end
"""


@dataclass
class Endpoint:
    name: str
    paths: list[str]  # or one "@file" of paths
    stock: str | None = None  # the stock-Oscar URL name it compares with
    method: str = "GET"
    body: str = ""
    cookie: str = ""  # "shopper": the logged-in shopper's session; "csrf": an anonymous one's
    sql: int | None = None  # as served
    sql_rendered: int | None = None  # with the page cache off
    results: dict[int, dict] = field(default_factory=dict)  # connections -> wrk figures


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--cooperatives", type=int, default=1_000)
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per URL")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--conn-max-age", default="60", help="CONN_MAX_AGE on both sides")
    parser.add_argument(
        "--only", help="measure only endpoints whose name contains this text (e.g. search)"
    )
    parser.add_argument("--skip-baseline", action="store_true", help="no stock-Oscar run")
    return parser.parse_args()


def port_taken(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex((HOST, port)) == 0


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def environment(args: argparse.Namespace) -> None:
    """Production settings on the benchmark database, reached over plain HTTP on loopback."""
    url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    name = database_name(url)
    if not url.startswith("postgres") or "bench" not in name or name.startswith("test"):
        raise SystemExit(
            f"refusing database {name!r}: the benchmark uses its own, e.g. chohtx_bench"
        )
    os.environ.update(
        DJANGO_SETTINGS_MODULE="shop.settings.production",
        DATABASE_URL=url,
        SECRET_KEY=os.environ.get("SECRET_KEY", "benchmark-only-" + "x" * 40),
        ALLOWED_HOSTS=f"{HOST},localhost,testserver",
        CONN_MAX_AGE=args.conn_max_age,
        SECURE_SSL_REDIRECT="false",  # no TLS proxy in front on loopback
        STATIC_ROOT=str(ROOT / "var" / "bench" / "static"),
        MEDIA_ROOT=str(ROOT / "var" / "bench" / "media"),
        LOG_LEVEL="ERROR",
    )
    os.environ.setdefault("ELASTICSEARCH_INDEX_PREFIX", "chohtx-bench")
    # As in production (docker-compose.yml): cache and sessions in Redis, shared by the workers.
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/1")
    os.environ.setdefault("CACHE_KEY_PREFIX", "chohtx-bench")
    sys.path.insert(0, str(ROOT))


def database_create() -> None:
    import psycopg

    url = urlsplit(os.environ["DATABASE_URL"])
    name = url.path.lstrip("/")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            print(f"Creating database {name}")
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare(args: argparse.Namespace) -> None:
    import django
    from django.core.management import call_command

    django.setup()
    from django.db import connection

    from catalogue.models import Product

    call_command("migrate", verbosity=0)
    loaded = Product.objects.count() < args.products
    if loaded:
        # Production settings: --force (the demo accounts get random passwords; the benchmark
        # signs the shopper in without one). It rebuilds the index.
        call_command("load_demo_data", products=args.products, force=True)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # plans on the statistics of the loaded rows
    cooperatives_add(total=args.cooperatives)
    index_ensure(rebuild=loaded)
    print("Collecting static files")
    call_command("collectstatic", interactive=False, verbosity=0)


def cooperatives_add(*, total: int) -> None:
    """Approved cooperatives up to `total`, registered as staff would (cooperatives.services)."""
    from cooperatives.models import Cooperative
    from cooperatives.services import cooperative_approve, cooperative_create
    from demo import data
    from demo.services import tax_code_for
    from places.selectors import province_choices

    existing = Cooperative.objects.count()
    if existing >= total:
        return
    print(f"Adding {total - existing} cooperatives")
    provinces = [code for code, _name in province_choices() if code in data.TAX_CODE_PREFIXES]
    provinces = provinces or [code for code, _name in province_choices()]
    rng = random.Random(2025)
    for number in range(existing, total):
        province = provinces[number % len(provinces)]
        prefix = data.TAX_CODE_PREFIXES.get(province, "01")
        cooperative = cooperative_create(
            name=f"HTX Nông nghiệp số {number + 1}",
            province=province,
            tax_code=tax_code_for(prefix=prefix, serial=5_000_000 + number * 7_919),
            representative="Nguyễn Văn An",
            phone=f"+8498{rng.randrange(10_000_000):07d}",
            description="Hợp tác xã sản xuất và tiêu thụ nông sản.",
        )
        cooperative_approve(cooperative=cooperative, approved_by=None)


def index_ensure(*, rebuild: bool) -> None:
    from django.core.management import call_command

    from search.client import alias_name, get_client

    if rebuild or not get_client().indices.exists_alias(name=alias_name("products")):
        print("Rebuilding the search index")
        call_command("search_reindex", verbosity=0)


def query_file(path: Path, count: int = 1_000) -> None:
    """`count` distinct searches drawn from product words: accent-free phrases, typos, prefixes."""
    from catalogue.models import Product
    from search.analysis import fold

    titles = list(Product.objects.order_by("?").values_list("title", flat=True)[:5_000])
    rng = random.Random(9)
    queries: set[str] = set()
    attempts = 0
    while len(queries) < count and attempts < count * 50:
        attempts += 1
        words = re.findall(r"\w+", fold(rng.choice(titles)).lower())
        if len(words) < 2:
            continue
        start = rng.randrange(len(words) - 1)
        phrase = words[start : start + rng.choice((1, 2, 3))]
        kind = rng.random()
        if kind < 0.25:  # a typo: a letter dropped or doubled
            word = rng.randrange(len(phrase))
            letters, at = phrase[word], rng.randrange(len(phrase[word]))
            phrase[word] = (
                letters[:at] + letters[at + 1 :]
                if rng.random() < 0.5
                else (letters[:at] + letters[at] + letters[at:])
            )
        elif kind < 0.5:  # a prefix of the last word, as typed before finishing it
            phrase[-1] = phrase[-1][: max(2, len(phrase[-1]) - 2)]
        text = " ".join(w for w in phrase if w)
        if text:
            queries.add("/search/?" + urlencode({"q": text}))
    path.write_text("\n".join(sorted(queries)) + "\n")


def endpoints(queries: Path) -> list[Endpoint]:
    from django.conf import settings
    from django.db.models import Count
    from django.urls import reverse

    from catalogue.models import Category
    from catalogue.selectors import product_list_public
    from cooperatives.models import Cooperative

    def subtree(category) -> int:
        return product_list_public().filter(categories__path__startswith=category.path).count()

    biggest = max(Category.get_root_nodes(), key=subtree)
    last_page = max(1, min(50, -(-subtree(biggest) // settings.OSCAR_PRODUCTS_PER_PAGE)))
    # In stock, so every POST adds it (an anonymous basket allocates nothing).
    product = (
        product_list_public()
        .filter(children__isnull=True)
        .order_by("-stockrecords__num_in_stock", "pk")
        .first()
    )
    cooperative = (
        Cooperative.objects.approved().annotate(n=Count("products")).order_by("-n").first()
    )
    repeated = ["ca phe", "mat ong rung", "nuoc mam phu quoc", "gao st25", "tra shan tuyet",
                "hat dieu", "ca phee", "nam linh chi", "ruou can", "tieu chu se"]  # fmt: skip
    prefixes = ["ca p", "nuoc m", "mat o", "gao s", "tra sh", "hat d", "nam l", "xoai c"]
    search = reverse("search:search") + "?"
    facet = urlencode({"q": "ca phe", "province": cooperative.province, "ocop": 4})
    return [
        Endpoint("home", ["/"]),
        Endpoint("category p1", [biggest.get_absolute_url()], stock="category"),
        Endpoint(
            f"category p{last_page}",
            # Stock Oscar's page 50 redirects to page 1 (its browse finds nothing): no ratio.
            [biggest.get_absolute_url() + f"?page={last_page}"],
        ),
        Endpoint("search, 1,000 distinct", [f"@{queries}"], stock="search ca phe"),
        Endpoint(
            "search, 10 repeated",
            [search + urlencode({"q": q}) for q in repeated],
            stock="search ca phe",
        ),
        Endpoint("search + province + 4★", [search + facet]),
        Endpoint("product page", [product.get_absolute_url()], stock="product detail"),
        Endpoint("cooperative list", [reverse("cooperatives:list")]),
        Endpoint("cooperative profile", [cooperative.get_absolute_url()]),
        Endpoint(
            "suggestions",
            [reverse("search:suggest") + "?" + urlencode({"q": p}) for p in prefixes],
        ),
        Endpoint(
            "add to basket (POST)",
            [reverse("basket:add", kwargs={"pk": product.pk})],
            method="POST",
            body="quantity=1",
            cookie="csrf",
        ),
        Endpoint("basket page", [reverse("basket:summary")], cookie="shopper"),
        Endpoint(
            "checkout shipping address",
            [reverse("checkout:shipping-address")],
            cookie="shopper",
        ),
    ]


def shopper_client(basket_add: str):
    """A test client logged in as the demo shopper (a session in the database, which gunicorn
    reads too), whose basket holds a product, as the checkout pages need."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from oscar.core.loading import get_model

    from demo import data

    Basket = get_model("basket", "Basket")
    user = get_user_model().objects.get(email=data.SHOPPER.email)
    client = Client(HTTP_HOST=HOST)
    client.force_login(user)
    if not Basket.open.filter(owner=user, lines__isnull=False).exists():
        client.post(basket_add, {"quantity": 1})
    if not Basket.open.filter(owner=user, lines__isnull=False).exists():
        raise SystemExit("the shopper's basket stayed empty: the checkout pages would redirect")
    return client


def sql_count(endpoint: Endpoint, basket_add: str, *, page_cache: bool) -> int:
    """SQL statements of a warm second request, in this process (BEGIN/COMMIT left out): as
    served (a page the page cache holds costs none), or as rendered, with the page cache off."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = shopper_client(basket_add) if endpoint.cookie == "shopper" else Client(HTTP_HOST=HOST)
    path = endpoint.paths[0]
    if path.startswith("@"):
        path = Path(path[1:]).read_text().splitlines()[0]
    send = client.post if endpoint.method == "POST" else client.get
    data = {"quantity": 1} if endpoint.method == "POST" else None
    with override_settings(PAGE_CACHE_ENABLED=page_cache):
        send(path, data)
        with CaptureQueriesContext(connection) as queries:
            response = send(path, data)
    if response.status_code >= 400:
        raise SystemExit(f"{endpoint.name}: {path} answered {response.status_code} in-process")
    skip = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE SAVEPOINT")
    return sum(1 for q in queries.captured_queries if not q["sql"].startswith(skip))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str, cookies: dict[str, str], form: str | None = None) -> tuple[int, str]:
    """GET (or POST `form`), keeping the cookies the answer sets (production marks them Secure:
    sent by hand)."""
    opener = urllib.request.build_opener(NoRedirect)
    headers = {"Cookie": cookie_header(cookies)}
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    data = form.encode() if form is not None else None
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        response = opener.open(request, timeout=60)
    except urllib.error.HTTPError as error:
        response = error
    for header in response.headers.get_all("Set-Cookie") or []:
        cookies.update({k: m.value for k, m in SimpleCookie(header).items()})
    return response.status, response.read().decode(errors="replace")


def cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def sessions(base: str, basket_add: str) -> dict[str, tuple[dict, str]]:
    """Cookies (and a form body prefix) for the POST and for the shopper's pages. The anonymous
    shopper's token comes from /csrf-token/, as static/js/csrf.js asks for it: shared pages
    carry none."""
    from django.conf import settings
    from django.urls import reverse
    from oscar.core.loading import get_model

    Basket = get_model("basket", "Basket")
    client = shopper_client(basket_add)
    session = {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}
    anonymous: dict[str, str] = {}
    _status, answer = fetch(base + reverse("csrf-token"), anonymous)
    if settings.CSRF_COOKIE_NAME not in anonymous:
        raise SystemExit("/csrf-token/ set no CSRF cookie")
    form = f"csrfmiddlewaretoken={json.loads(answer)['token']}&"
    baskets = Basket.objects.count()
    fetch(base + basket_add, dict(anonymous), form + "quantity=1")
    if Basket.objects.count() != baskets + 1:
        raise SystemExit("adding to the basket over HTTP created no basket")
    return {"shopper": (session, ""), "csrf": (anonymous, form)}


def wrk(base: str, endpoint: Endpoint, script: str, *, connections: int, duration: int,
        cookies: dict[str, tuple[dict, str]]) -> dict:  # fmt: skip
    jar, body_prefix = cookies.get(endpoint.cookie, ({}, ""))
    body = body_prefix + endpoint.body if endpoint.method == "POST" else "-"
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s",
               "--timeout", "30s", "-s", script, base, "--",
               endpoint.method, body, cookie_header(jar) or "-", str(threads),
               *endpoint.paths]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def pages_forget() -> None:
    """Every page the page cache holds is forgotten (the cards stay), so that a row measures
    what its own requests cached: the 1,000 distinct searches are not answered with pages an
    earlier row kept. Waits out the clock skew the servers allow, during which a page rendered
    after the change still counts as older."""
    from django.conf import settings

    from pagecache.dependencies import FRAGMENTS_TAG, pages_changed

    pages_changed([FRAGMENTS_TAG])  # every page shows the menu and footer
    time.sleep(settings.PAGE_CACHE_CLOCK_SKEW)


def warm_up(base: str, endpoint: Endpoint, cookies: dict, *, workers: int) -> None:
    """A few GETs of the endpoint's first path, so each worker has loaded what it caches."""
    if endpoint.method == "GET":
        path = endpoint.paths[0]
        if path.startswith("@"):
            path = Path(path[1:]).read_text().splitlines()[0]
        jar, _body = cookies.get(endpoint.cookie, ({}, ""))
        for _ in range(2 * workers):
            fetch(base + path, dict(jar))


def drain(base: str) -> None:
    """Waits for the requests wrk left queued in gunicorn's backlog: two requests queue behind
    them (one per worker at most is still busy when the first comes back)."""
    for _ in range(2):
        fetch(base + "/search/suggest/?q=ca", {})


def wait_for(port: int, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server for port {port} exited with {process.returncode}")
        if port_taken(port):
            return
        time.sleep(0.2)
    raise SystemExit(f"nothing listened on port {port}")


def stop(process: subprocess.Popen) -> None:
    """Stops a server started here and everything it started (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def site_measure(args, chosen: list[Endpoint], script: str, *, product_path: str) -> None:
    from django.urls import reverse

    basket_add = reverse("basket:add", kwargs={"pk": product_id(product_path)})
    for endpoint in chosen:
        endpoint.sql = sql_count(endpoint, basket_add, page_cache=True)
        endpoint.sql_rendered = sql_count(endpoint, basket_add, page_cache=False)
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "shop.wsgi", "--workers", str(args.workers),
         "--bind", f"{HOST}:{SITE_PORT}", "--log-level", "warning", "--timeout", "120"],
        cwd=ROOT, env=os.environ.copy(), start_new_session=True,
    )  # fmt: skip
    try:
        wait_for(SITE_PORT, server)
        base = f"http://{HOST}:{SITE_PORT}"
        cookies = sessions(base, basket_add)
        for endpoint in chosen:
            for connections in (args.connections, 1):
                pages_forget()
                warm_up(base, endpoint, cookies, workers=args.workers)
                endpoint.results[connections] = wrk(
                    base, endpoint, script, connections=connections, duration=args.duration,
                    cookies=cookies,
                )  # fmt: skip
                print(f"  {endpoint.name}, {connections} conn: {endpoint.results[connections]}")
                drain(base)
    finally:
        stop(server)


def product_id(path: str) -> int:
    return int(re.search(r"_(\d+)/$", path)[1])


def psql(sql: str, database: str = "postgres") -> str:
    command = ["runuser", "-u", "postgres", "--", "psql", "-d", database, "-qtAc", sql]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def baseline_prepare(products: int) -> dict[str, str]:
    """The stock-Oscar site, copied out of shared/ (it writes next to itself), on its own
    database with the same number of products."""
    if not BASELINE.exists():
        print(f"Copying {BASELINE_SOURCE} to {BASELINE}")
        shutil.copytree(
            BASELINE_SOURCE, BASELINE, ignore=shutil.ignore_patterns(".venv", "results")
        )
        for path in [BASELINE, *BASELINE.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
    env = {
        **os.environ,
        "PGDATABASE": BASELINE_DATABASE,
        "CONN_MAX_AGE": os.environ["CONN_MAX_AGE"],
    }
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "STATIC_ROOT", "MEDIA_ROOT"):
        env.pop(name, None)
    if not psql("SELECT 1 FROM pg_roles WHERE rolname='oscar'"):
        psql("CREATE ROLE oscar LOGIN SUPERUSER PASSWORD 'oscar'")
    if not psql(f"SELECT 1 FROM pg_database WHERE datname='{BASELINE_DATABASE}'"):
        psql(f"CREATE DATABASE {BASELINE_DATABASE} OWNER oscar")
    migrated = psql("SELECT to_regclass('catalogue_product') IS NOT NULL", BASELINE_DATABASE)
    has = (
        psql("SELECT count(*) FROM catalogue_product", BASELINE_DATABASE) if migrated == "t" else 0
    )
    if not (BASELINE / ".venv/bin/gunicorn").exists() or int(has) != products:
        print(f"Setting up stock Oscar with {products} products")
        subprocess.run(["./setup.sh", str(products)], cwd=BASELINE, env=env, check=True)
    return env


def baseline_measure(args, env: dict[str, str], only: str) -> dict[int, dict[str, dict]]:
    """bench.sh's figures per connection count: {connections: {URL name: {rps, p50, …}}}."""
    figures = {}
    for connections in (args.connections, 1):
        run_env = {**env, "PORT": str(BASELINE_PORT), "WORKERS": str(args.workers),
                   "DURATION": str(args.duration), "CONNECTIONS": str(connections),
                   "WRK_THREADS": str(min(2, connections)), "ONLY": only}  # fmt: skip
        before = set((BASELINE / "results").glob("*")) if (BASELINE / "results").exists() else set()
        process = subprocess.Popen(
            ["./bench.sh"], cwd=BASELINE, env=run_env, start_new_session=True
        )
        try:
            if process.wait() != 0:
                raise SystemExit(f"stock Oscar's bench.sh failed ({process.returncode})")
        finally:
            stop(process)
        (run,) = set((BASELINE / "results").glob("*")) - before
        figures[connections] = {}
        for line in (run / "table.tsv").read_text().splitlines():
            name, _url, result, sql = line.split("\t")
            values = dict(pair.split("=") for pair in result.split())
            errors = sum(int(values[k]) for k in ("non2xx", "sockerr", "timeouts"))
            figures[connections][name] = {
                "rps": float(values["rps"]), "p50": float(values["p50"]),
                "p95": float(values["p95"]), "p99": float(values["p99"]),
                "errors": errors, "sql": sql.removeprefix("sql="),
            }  # fmt: skip
    return figures


def ratio(ours: float, theirs: float | None) -> str:
    return f"{ours / theirs:.2f}" if theirs else "–"


def report(args, chosen: list[Endpoint], stock: dict[int, dict[str, dict]]) -> None:
    print(
        f"\n{args.products:,} products, gunicorn {args.workers} sync workers, "
        f"CONN_MAX_AGE={args.conn_max_age}, wrk {args.duration} s per row; load: "
        f"{os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f}\n"
    )
    print("| endpoint | conns | req/s | p50 ms | p95 ms | p99 ms | errors | 3xx | SQL "
          "| SQL rendered | ÷ stock Oscar | ÷ ceiling |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for endpoint in chosen:
        for connections, r in endpoint.results.items():
            theirs = stock.get(connections, {}).get(endpoint.stock, {}).get("rps")
            ceiling = stock.get(connections, {}).get("ok (bare Django)", {}).get("rps")
            print(
                f"| {endpoint.name} | {connections} | {r['rps']:.1f} | {r['p50']:.0f} | "
                f"{r['p95']:.0f} | {r['p99']:.0f} | {r['errors']} | {r['redirects']} | "
                f"{endpoint.sql} | {endpoint.sql_rendered} | "
                f"{ratio(r['rps'], theirs)} | {ratio(r['rps'], ceiling)} |"
            )
    if stock:
        print("\nStock django-oscar 4.2 (its bench.sh, same products, workers, CONN_MAX_AGE):\n")
        print("| URL | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx or errors | SQL |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for connections, rows in stock.items():
            for name, r in rows.items():
                print(
                    f"| {name} | {connections} | {r['rps']:.1f} | {r['p50']:.0f} | "
                    f"{r['p95']:.0f} | {r['p99']:.0f} | {r['errors']} | {r['sql']} |"
                )


def main() -> None:
    args = arguments()
    for port in (SITE_PORT, BASELINE_PORT):
        if port_taken(port):
            raise SystemExit(f"something already listens on port {port}: stop it first")
    if not shutil.which("wrk"):
        print("Installing wrk")
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    environment(args)
    database_create()
    prepare(args)
    with tempfile.TemporaryDirectory() as folder:
        queries = Path(folder) / "queries.txt"
        query_file(queries)
        every = endpoints(queries)
        product_path = next(e for e in every if e.name == "product page").paths[0]
        chosen = [e for e in every if not args.only or args.only in e.name]
        if not chosen:
            raise SystemExit(f"no endpoint named like {args.only!r}")
        script = Path(folder) / "site.lua"
        script.write_text(WRK_SCRIPT)
        print(f"Measuring {len(chosen)} endpoints on this site")
        site_measure(args, chosen, str(script), product_path=product_path)
    stock = {}
    if not args.skip_baseline:
        names = {e.stock for e in chosen if e.stock}
        only = "|".join(f"^{name}" for name in ["ok", *sorted(names)])
        stock = baseline_measure(args, baseline_prepare(args.products), only)
    report(args, chosen, stock)


if __name__ == "__main__":
    main()
