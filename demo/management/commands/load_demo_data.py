"""Loads the demo marketplace: cooperatives, catalogue, accounts and the CMS pages."""

import secrets
from collections import Counter
from dataclasses import replace

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from demo import data
from demo.orders import demo_shipping_rates_load
from demo.pages import demo_pages_load
from demo.payments import demo_bank_account_load
from demo.sellers import demo_sellers_load
from demo.services import (
    BATCH_SIZE,
    DEFAULT_PRODUCTS,
    Catalogue,
    demo_account_load,
    demo_categories_load,
    demo_certifications_load,
    demo_cooperatives_load,
    demo_product_class_load,
    demo_products_load,
    demo_reviews_load,
    demo_seller_load,
    demo_site_load,
    demo_staff_load,
)
from demo.traceability import demo_traceability_load

PROGRESS_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Loads Vietnamese demo data: cooperatives, categories, products, accounts, the home "
        "page and news. Running it again leaves the same data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--products",
            type=int,
            default=DEFAULT_PRODUCTS,
            help=(
                f"How many products to load (default {DEFAULT_PRODUCTS}; 100000 for benchmarks). "
                "Products loaded earlier beyond this number are kept."
            ),
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"Products written per transaction (default {BATCH_SIZE}).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help=(
                "Load even with DEBUG off (a staging or production site): the demo accounts then "
                "get new random passwords, printed once at the end."
            ),
        )

    def handle(self, *args, products: int, batch_size: int, force: bool, **options):
        if products < 0 or batch_size < 1:
            raise CommandError("--products must be 0 or more and --batch-size at least 1.")
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off, so this looks like a production site: the demo would create a "
                "staff account with a published password. Use --force to load it anyway, with "
                "random passwords."
            )
        self.accounts = {account.email: account for account in data.ACCOUNTS}
        if not settings.DEBUG:
            self.accounts = {
                email: replace(account, password=secrets.token_urlsafe(12))
                for email, account in self.accounts.items()
            }
        self.stdout.write("Loading demo data")
        certifications = demo_certifications_load()
        categories = demo_categories_load()
        product_class = demo_product_class_load()
        self.stdout.write(f"  {len(certifications)} certifications, {len(categories)} categories")
        staff = demo_staff_load(account=self.accounts[data.STAFF.email])
        demo_account_load(account=self.accounts[data.SHOPPER.email])
        cooperatives = demo_cooperatives_load(approved_by=staff)
        demo_seller_load(
            cooperative=cooperatives[data.SELLER_COOPERATIVE],
            account=self.accounts[data.SELLER.email],
        )
        demo_sellers_load(staff=staff, cooperatives=cooperatives)
        statuses = Counter(cooperative.status for cooperative in cooperatives.values())
        provinces = {cooperative.province for cooperative in cooperatives.values()}
        self.stdout.write(
            f"  {len(cooperatives)} cooperatives in {len(provinces)} provinces "
            f"({', '.join(f'{n} {status}' for status, n in sorted(statuses.items()))})"
        )
        demo_products_load(
            count=products,
            catalogue=Catalogue(
                product_class_id=product_class.pk,
                cooperatives=cooperatives,
                categories=categories,
                certifications=certifications,
            ),
            batch_size=batch_size,
            on_progress=self._progress,
        )
        self.stdout.write(f"  {demo_reviews_load(count=products)} reviews")
        self.stdout.write(f"  {demo_shipping_rates_load(cooperatives=cooperatives)} shipping rates")
        home = demo_site_load(count=products)
        self.stdout.write(f"  Wagtail: “{home.title}” is the site root, with its news")
        self.stdout.write(f"  VietQR account: {demo_bank_account_load().account_number}")
        self.stdout.write(f"  Storefront pages: {demo_pages_load(home=home)} below the home page")
        self._statistics_refresh()
        self._search_index_rebuild()
        self.stdout.write(demo_traceability_load())
        self._accounts_print()

    def _progress(self, done: int, total: int) -> None:
        filled = PROGRESS_WIDTH * done // total
        bar = "#" * filled + "." * (PROGRESS_WIDTH - filled)
        tty = self.stdout.isatty()
        self.stdout.write(
            ("\r" if tty else "") + f"  Products [{bar}] {done}/{total}",
            ending="" if tty and done < total else "\n",
        )
        self.stdout.flush()

    def _search_index_rebuild(self) -> None:
        """Rebuilds the search index when search is on; the demo loads without it all the same."""
        if not settings.SEARCH_ENABLED:
            self.stdout.write("  Search index: skipped (SEARCH_ENABLED is off)")
            return
        self.stdout.write("  Search index: rebuilding")
        try:
            call_command("search_reindex", stdout=self.stdout._out, stderr=self.stderr._out)
        except Exception as error:
            self.stderr.write(self.style.WARNING(f"  Search index not rebuilt: {error}"))

    def _statistics_refresh(self) -> None:
        """Bulk loads leave the query planner's statistics stale until the next autovacuum."""
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def _accounts_print(self) -> None:
        self.stdout.write(self.style.SUCCESS("Demo data loaded. Accounts (e-mail / password):"))
        for account in self.accounts.values():
            self.stdout.write(f"  {account.role:<15} {account.email:<24} {account.password}")
