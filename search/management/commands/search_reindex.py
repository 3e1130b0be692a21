import time

from django.core.management.base import BaseCommand, CommandError

from search.client import SearchUnavailable
from search.documents import DOCUMENTS
from search.services import (
    RebuildRunning,
    documents_sync,
    index_check,
    pending_catch_up,
    search_index_rebuild,
)

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Rebuilds the Elasticsearch indexes (products, cooperatives, categories) into new indexes "
        "and swaps their aliases, so search keeps answering meanwhile. --check reports documents "
        "that differ from the database, --catch-up sends updates queued while Elasticsearch was "
        "unavailable."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Compare the index with the database and report the drift (exit status 1 if any).",
        )
        parser.add_argument(
            "--fix", action="store_true", help="With --check: re-send the drifted documents."
        )
        parser.add_argument(
            "--catch-up",
            action="store_true",
            help="Send the updates queued while Elasticsearch was unavailable.",
        )
        parser.add_argument("--batch-size", type=int, default=1000)

    def handle(self, *args, check, fix, catch_up, batch_size, **options):
        if fix and not check:
            # Without --check it would fall through to a full rebuild.
            raise CommandError("--fix works only with --check.")
        try:
            if check:
                self.check_drift(fix=fix, batch_size=batch_size)
            elif catch_up:
                sent = pending_catch_up()
                self.stdout.write(self.style.SUCCESS(f"Sent {sent} queued updates."))
            else:
                self.rebuild(batch_size=batch_size)
        except SearchUnavailable as error:
            raise CommandError(f"Elasticsearch is unavailable: {error}") from error
        except RebuildRunning as error:
            raise CommandError(f"Not rebuilt: {error}.") from error

    def rebuild(self, *, batch_size: int) -> None:
        started = time.monotonic()
        self.last_step = None
        counts = search_index_rebuild(batch_size=batch_size, progress=self.progress)
        elapsed = time.monotonic() - started
        total = sum(counts.values())
        summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {summary} in {elapsed:.1f} s ({total / max(elapsed, 1e-3):,.0f} docs/s)."
            )
        )

    def progress(self, kind: str, done: int, total: int) -> None:
        share = min(done / total, 1.0) if total else 1.0
        if self.stdout.isatty():
            filled = round(share * BAR_WIDTH)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            ending = "\n" if share == 1.0 else ""
            self.stdout.write(f"\r{kind:>12} [{bar}] {done:,}/{total:,}", ending=ending)
        elif (kind, int(share * 10)) != self.last_step:
            self.last_step = (kind, int(share * 10))
            self.stdout.write(f"{kind}: {done:,}/{total:,} ({share:.0%})")

    def check_drift(self, *, fix: bool, batch_size: int) -> None:
        drifted = False
        for kind in DOCUMENTS:
            drift = index_check(kind=kind, batch_size=batch_size)
            self.stdout.write(
                f"{kind}: {len(drift.missing)} missing, {len(drift.extra)} extra, "
                f"{len(drift.stale)} stale"
            )
            for label, ids in (
                ("missing", drift.missing),
                ("extra", drift.extra),
                ("stale", drift.stale),
            ):
                if ids:
                    self.stdout.write(f"  {label}: {', '.join(map(str, ids[:20]))}")
            if drift.ids and fix:
                documents_sync(kind=kind, ids=drift.ids)
                self.stdout.write(self.style.SUCCESS(f"  re-sent {len(drift.ids)} {kind}"))
            drifted = drifted or bool(drift.ids)
        if drifted and not fix:
            raise CommandError("The index differs from the database (see above).")
