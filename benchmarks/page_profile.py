"""Where one storefront request spends its time: the page requested in this process through the
whole stack (django.test.Client), timed, its SQL counted and timed, then profiled with cProfile.
Prints figures; not a test.

    .venv/bin/python benchmarks/page_profile.py "/search/?q=ca+phe"
    .venv/bin/python benchmarks/page_profile.py / --requests 50 --top 40

It uses the site benchmark's environment and data (run site_benchmark.py once first): production
settings on chohtx_bench, Redis, the chohtx-bench indexes. The first request warms the caches;
the figures are those of the following ones.
"""

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_benchmark import HOST, environment  # noqa: E402

SLOWEST = 5  # SQL statements listed, slowest first
SQL_SHOWN = 600  # characters of each


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="URL paths, each measured in turn")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--top", type=int, default=25, help="functions listed by own time")
    parser.add_argument("--conn-max-age", default="60")
    return parser.parse_args()


def measure(client, path: str, *, requests: int, top: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    wall, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(path)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    statements = [q for q in queries.captured_queries if q["sql"] not in ("BEGIN", "COMMIT")]
    sql_ms = sum(float(q["time"]) for q in statements) * 1000
    print(
        f"\n## {path}\n\n{requests} requests: wall p50 {statistics.median(wall):.1f} ms "
        f"(best {min(wall):.1f}), CPU p50 {statistics.median(cpu):.1f} ms; "
        f"{len(statements)} SQL statements, {sql_ms:.1f} ms\n"
    )
    for statement in sorted(statements, key=lambda q: -float(q["time"]))[:SLOWEST]:
        print(f"- {float(statement['time']) * 1000:.1f} ms: {statement['sql'][:SQL_SHOWN]}")
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(requests):
        client.get(path)
    profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    args = arguments()
    environment(args)
    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST=HOST)
    for path in args.paths:
        measure(client, path, requests=args.requests, top=args.top)


if __name__ == "__main__":
    main()
