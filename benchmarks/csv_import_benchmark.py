"""CSV import benchmark: a cooperative imports --rows new listings (default 10,000) in one file,
then re-imports the first --update-rows of them (each row an update, checked one by one against
the approved version). Prints the time of each phase and the functions the import spends its
time in (cProfile). Not a test; the goal is under 60 s for 10,000 new rows.

    su postgres -c "createdb -O chohtx chohtx_bench"
    DATABASE_URL=postgres://chohtx:chohtx@127.0.0.1:5432/chohtx_bench SEARCH_ENABLED=false \\
        .venv/bin/python benchmarks/csv_import_benchmark.py --rows 10000

It migrates the database, makes a benchmark cooperative (its earlier listings are deleted first),
and writes with the same services as the seller's import page, in one transaction, with the
search index sync after commit included (SEARCH_ENABLED=false measures the database alone).
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.dev")
os.environ.setdefault("ELASTICSEARCH_INDEX_PREFIX", "bench")
os.environ.setdefault("DEBUG", "false")


def csv_rows(count: int) -> bytes:
    from listings.csv_format import headers

    lines = [",".join(headers())]
    for n in range(count):
        lines.append(
            ",".join(
                [
                    f"BENCH-{n:06d}",
                    f"Cà phê rang xay thử nghiệm {n}",
                    "<p>Cà phê <strong>Robusta</strong> rang mộc.</p>",
                    "Bench > Cà phê",
                    str(90_000 + n % 50 * 1_000),
                    str(n % 200),
                    "5",
                    "4" if n % 3 else "",
                    "",
                    "Đắk Lắk",
                    "",
                    "Gói 500 g",
                    "365",
                    "",
                ]
            )
        )
    return ("\n".join(lines) + "\n").encode("utf-8-sig")


def setup():
    from django.core.management import call_command
    from oscar.apps.catalogue.categories import create_from_breadcrumbs

    from catalogue.models import Product, ProductClass
    from cooperatives.models import Cooperative
    from cooperatives.services import cooperative_create

    call_command("migrate", verbosity=0)
    create_from_breadcrumbs("Bench > Cà phê")
    ProductClass.objects.get_or_create(name="Sản phẩm OCOP", defaults={"slug": "san-pham-ocop"})
    cooperative = Cooperative.objects.filter(slug="htx-benchmark").first()
    if cooperative is None:
        cooperative = cooperative_create(
            name="HTX Benchmark",
            slug="htx-benchmark",
            tax_code="6001234562",
            province=66,
            representative="Nguyễn Văn Đo",
            phone="0905123456",
            status=Cooperative.Status.APPROVED,
        )
    Product.objects.filter(cooperative=cooperative).delete()
    return cooperative


def timed(label: str, function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {elapsed:8.2f} s")
    return result, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--update-rows", type=int, default=1_000)
    parser.add_argument("--profile-lines", type=int, default=15)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from listings.csv_format import rows_parse
    from listings.services import listing_import

    settings.LISTING_IMPORT_MAX_ROWS = max(settings.LISTING_IMPORT_MAX_ROWS, args.rows)
    print(f"Database: {connection.vendor}; search sync: {settings.SEARCH_ENABLED}")
    cooperative, _ = timed("setup (migrate, cooperative, category)", setup)
    data, _ = timed(f"generate {args.rows} rows", csv_rows, args.rows)
    print(f"file size                                    {len(data) / 1024 / 1024:8.2f} MB")
    timed("parse and check (preview)", rows_parse, data=data)

    profile = cProfile.Profile()
    profile.enable()
    result, first = timed(
        "import: new listings (one transaction)",
        listing_import,
        cooperative=cooperative,
        data=data,
        submitted_by=None,
    )
    profile.disable()
    print(f"  created {result.created}, updated {result.updated}, pending {result.pending}")
    updates = min(args.update_rows, args.rows)
    result, second = timed(
        f"re-import: {updates} rows, each an update",
        listing_import,
        cooperative=cooperative,
        data=csv_rows(updates),
        submitted_by=None,
    )
    print(f"  created {result.created}, updated {result.updated}, pending {result.pending}")
    print(f"rows per second (new)                        {args.rows / first:8.0f}")
    print(f"rows per second (update)                     {updates / second:8.0f}")
    verdict = "under" if first < 60 else "OVER"
    print(f"goal: {args.rows} rows in under 60 s: {verdict} ({first:.1f} s)")

    print("\nWhere the time of the first import goes (cumulative, top functions):")
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
    stats.print_stats(r"(listings|catalogue|oscar|search|django/db/models/(base|query)\.py)")
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    header = next(i for i, line in enumerate(lines) if "ncalls" in line)
    print("\n".join(lines[header : header + 1 + args.profile_lines]))


if __name__ == "__main__":
    main()
