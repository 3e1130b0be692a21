"""Search benchmark: full reindex rate, and search, browse, category and suggestion latency through
the full Django stack (gunicorn on loopback, `wrk` with 20 connections). Prints figures; not a test.

    createdb … && DATABASE_URL=postgres://chohtx:chohtx@127.0.0.1:5432/chohtx_bench \\
        .venv/bin/python benchmarks/search_benchmark.py --products 100000

It migrates the database and loads `load_demo_data --products N` when it holds fewer products,
rebuilds the index (the reindex figure), then measures each URL for --duration seconds. Needs a
running Elasticsearch (ELASTICSEARCH_URL) and `wrk` (Debian: apt-get install wrk). The stock-Oscar
figures to compare with are in /work/shared/oscar-baseline/README.md (same wrk settings, 2 sync
workers; pass --conn-max-age 0 for its main table).
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.dev")
os.environ.setdefault("ELASTICSEARCH_INDEX_PREFIX", "bench")
os.environ.setdefault("DEBUG", "false")

QUERIES = ["ca phe", "mat ong rung", "nuoc mam phu quoc", "gao st25", "tra shan tuyet",
           "hat dieu", "ca phee", "nam linh chi", "ruou can", "tieu chu se"]  # fmt: skip
PREFIXES = ["ca p", "nuoc m", "mat o", "gao s", "tra sh", "hat d", "nam l", "xoai c"]

# Writes one JSON line at the end: requests, rps and latency percentiles (ms), non-2xx count.
WRK_SCRIPT = """
local paths, threads, n = {}, {}, 0
function setup(thread) table.insert(threads, thread) end
function init(args)
  for i, path in ipairs(args) do paths[i] = path end
  n, bad = 0, 0
end
function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
function response(status) if status < 200 or status > 299 then bad = bad + 1 end end
function done(summary, latency)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + t:get("bad") end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "rps": %.1f, "p50": %.1f, "p95": %.1f, "p99": %.1f, '
    .. '"non2xx": %d, "errors": %d}\\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    non2xx, e.connect + e.read + e.write + e.timeout))
end
"""


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per URL")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--conn-max-age", default="60", help="CONN_MAX_AGE for the site")
    parser.add_argument("--port", type=int, default=8111)
    parser.add_argument("--skip-reindex", action="store_true")
    parser.add_argument(
        "--fallback",
        action="store_true",
        help="measure the database fallback: the site gets an Elasticsearch URL nothing answers",
    )
    return parser.parse_args()


def prepare(products: int) -> None:
    import django
    from django.core.management import call_command

    django.setup()
    from catalogue.models import Product

    call_command("migrate", verbosity=0)
    if Product.objects.count() < products:
        call_command("load_demo_data", products=products)


def reindex() -> None:
    from search.services import search_index_rebuild

    started = time.monotonic()
    counts = search_index_rebuild(kinds=["products"])
    elapsed = time.monotonic() - started
    rate = counts["products"] / elapsed
    print(f"Full reindex: {counts['products']:,} products in {elapsed:.1f} s = {rate:,.0f} docs/s")
    search_index_rebuild(kinds=["cooperatives", "categories"])


def urls() -> list[tuple[str, list[str]]]:
    from django.db.models import Count

    from catalogue.models import Category, Product

    def subtree_size(category) -> int:
        return Product.objects.filter(categories__path__startswith=category.path).count()

    root = max(Category.get_root_nodes(), key=subtree_size)
    leaf = Category.objects.filter(numchild=0).annotate(n=Count("product")).order_by("-n").first()
    search = "/search/?"
    return [
        ("search, 10 queries", [search + urlencode({"q": q}) for q in QUERIES]),
        (
            "search + province, 4★, price sort",
            [search + urlencode({"q": "ca phe", "province": 66, "ocop": 4, "sort": "price-asc"})],
        ),
        ("catalogue p1", ["/catalogue/"]),
        ("catalogue p50", ["/catalogue/?page=50"]),
        (f"category {root.name} ({subtree_size(root):,})", [root.get_absolute_url()]),
        (f"category {leaf.name} ({leaf.n:,}) p2", [leaf.get_absolute_url() + "?page=2"]),
        ("suggest, 8 prefixes", ["/search/suggest/?" + urlencode({"q": p}) for p in PREFIXES]),
    ]


SOLO = "suggest, 8 prefixes"  # also measured with one connection: its latency without queueing


def in_process(paths: list[str]) -> tuple[int, float, bool]:
    """SQL statements, milliseconds and whether Elasticsearch answered, for one request in this
    process (the second: the first warms caches)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(paths[0])
    with CaptureQueriesContext(connection) as queries:
        started = time.monotonic()
        response = client.get(paths[0])
        elapsed = (time.monotonic() - started) * 1000
    assert response.status_code == 200, (paths[0], response.status_code)
    # Pages show a notice in the fallback; suggestions come back empty.
    fallback = b'class="search-notice"' in response.content or b'"groups": []' in response.content
    return len(queries), elapsed, not fallback


def wait_for(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not listen on {port}")


def wrk(base: str, paths: list[str], args, script: str, connections: int) -> dict:
    for path in paths:  # warm up every worker
        for _ in range(args.workers * 2):
            urllib.request.urlopen(base + path).read()
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{args.duration}s", "--timeout", "30s",
               "-s", script, base, "--", *paths]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def main() -> None:
    args = arguments()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", args.port)) == 0:
            raise SystemExit(f"something already listens on port {args.port}")
    os.environ["CONN_MAX_AGE"] = args.conn_max_age
    prepare(args.products)
    if args.fallback:
        from django.conf import settings

        settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"] = "http://127.0.0.1:9"
    elif not args.skip_reindex:
        reindex()
    scenarios = urls()
    rows = [(name, paths, args.connections, *in_process(paths)) for name, paths in scenarios]
    rows += [
        (f"{name}, 1 connection", paths, 1, *rest)
        for name, paths, _c, *rest in rows
        if name == SOLO
    ]

    env = {**os.environ, "LOG_LEVEL": "ERROR"}
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "shop.wsgi", "--workers", str(args.workers),
         "--bind", f"127.0.0.1:{args.port}", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        wait_for(args.port)
        base = f"http://127.0.0.1:{args.port}"
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            script.write(WRK_SCRIPT)
            script.flush()
            print(
                f"\n{args.connections} connections x {args.duration} s, gunicorn {args.workers} "
                f"sync workers, CONN_MAX_AGE={args.conn_max_age}\n"
            )
            print("| URL | req/s | p50 ms | p95 ms | p99 ms | non-2xx | SQL | one request | ES |")
            print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
            for name, paths, connections, sql, single_ms, served_by_es in rows:
                r = wrk(base, paths, args, script.name, connections)
                print(
                    f"| {name} | {r['rps']:.1f} | {r['p50']:.0f} | {r['p95']:.0f} | "
                    f"{r['p99']:.0f} | {r['non2xx'] + r['errors']} | {sql} | {single_ms:.0f} ms | "
                    f"{'yes' if served_by_es else 'FALLBACK'} |",
                    flush=True,
                )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
