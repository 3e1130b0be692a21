"""Writes to Elasticsearch: building indexes behind aliases, keeping documents in step with the
database, and catching up on changes that could not be sent.

- Every document kind lives in a timestamped index ("cho-htx-products-20261123101500123456")
  behind an alias ("cho-htx-products") that queries and updates use. A rebuild fills a new index
  and swaps the alias in one atomic step, so search keeps answering during it.
- While a rebuild runs, the new index also carries the alias "…-next"; updates go to both aliases,
  and the rebuild writes with `op_type=create`, so a change committed during the rebuild is never
  overwritten by the older copy the rebuild read before it.
- Updates use `require_alias`: with no index yet they fail (and are queued) instead of letting
  Elasticsearch create an index with a guessed mapping.
- A change that cannot be sent (server down or slow) is queued in `PendingUpdate`; the next
  successful update sends a batch of the queue, the scheduled task `search.pending_catch_up`
  (search/tasks.py) and `search_reindex --catch-up` send all of it, and a full rebuild makes it
  moot. `changes_sync` runs in the worker (a task sent after the commit), never in a request.
- One rebuild at a time: a second one would delete the first's unfinished index while it is still
  being filled. An empty "…-rebuild-lock" index marks a rebuild under way.
"""

import gc
import logging
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from elasticsearch import BadRequestError, Elasticsearch, helpers
from elasticsearch_dsl import Index, Search

from .client import BULK_TIMEOUT, SearchUnavailable, alias_name, get_client, unavailable_on_error
from .documents import DOCUMENTS, IndexedDocument
from .models import PendingUpdate

logger = logging.getLogger("search")

SYNC_BATCH = 500
SENDERS = 2  # bulk requests in flight during a rebuild
CATCH_UP_BATCH = 500
# A lock older than this is taken to be left by a rebuild that died.
REBUILD_LOCK_SECONDS = 2 * 3600

Progress = Callable[[str, int, int], None]


class RebuildRunning(Exception):
    """Another rebuild of the indexes is under way."""


@contextmanager
def _rebuild_lock(client: Elasticsearch) -> Iterator[None]:
    """Holds the rebuild lock (an empty index) for the duration of a rebuild."""
    name = f"{settings.ELASTICSEARCH_INDEX_PREFIX}-rebuild-lock"
    try:
        client.indices.create(index=name, settings={"number_of_replicas": 0})
    except BadRequestError as error:
        if error.error != "resource_already_exists_exception":
            raise
        index_settings = client.indices.get_settings(index=name)[name]["settings"]["index"]
        age = time.time() - int(index_settings["creation_date"]) / 1000
        if age < REBUILD_LOCK_SECONDS:
            raise RebuildRunning(
                f"another rebuild started {age / 60:.0f} min ago (lock index {name})"
            ) from error
        logger.warning("Taking over the rebuild lock %s, left %.0f min ago", name, age / 60)
    try:
        yield
    finally:
        client.indices.delete(index=name, ignore_unavailable=True)


def _next_alias(kind: str) -> str:
    return f"{alias_name(kind)}-next"


def _batches(queryset: QuerySet, size: int) -> Iterator[list]:
    """The rows in primary-key order, `size` at a time, without OFFSET."""
    last = 0
    while batch := list(queryset.filter(pk__gt=last)[:size]):
        yield batch
        last = batch[-1].pk


def _chunks(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def _expected_failure(op: str, result: dict) -> bool:
    """A delete of a missing document, a create that lost to a newer update, an update for the
    "-next" alias while no rebuild runs."""
    if op == "delete" and result.get("result") == "not_found":
        return True
    if op == "create" and result.get("status") == 409:
        return True
    return result.get("status") == 404 and result.get("_index", "").endswith("-next")


def _send(client: Elasticsearch, actions: list[dict], **params) -> int:
    """Sends one bulk request and returns how many actions succeeded; raises SearchUnavailable
    if any failed unexpectedly."""
    done = 0
    failures = []
    for ok, item in helpers.streaming_bulk(
        client, actions, chunk_size=len(actions) or 1, raise_on_error=False, **params
    ):
        ((op, result),) = item.items()
        if ok:
            done += 1
        elif not _expected_failure(op, result):
            failures.append(result)
    if failures:
        raise SearchUnavailable(f"{len(failures)} bulk actions failed, first: {failures[0]}")
    return done


def _index_create(client: Elasticsearch, document: type[IndexedDocument]) -> str:
    """A new, empty index for a rebuild, reachable through the "-next" alias until the swap."""
    kind = document.index_kind
    name = f"{alias_name(kind)}-{timezone.now():%Y%m%d%H%M%S%f}"
    index = Index(name)
    # Until the swap: no refreshes, and the translog is synced in the background, not per request.
    index.settings(
        number_of_shards=1,
        number_of_replicas=0,
        refresh_interval="-1",
        translog={"durability": "async"},
    )
    index.document(document)
    client.indices.create(index=name, aliases={_next_alias(kind): {}}, **index.to_dict())
    return name


def _drop_unfinished(client: Elasticsearch, kind: str) -> None:
    """Indexes left behind by a rebuild that stopped before its swap."""
    next_alias = _next_alias(kind)
    if client.indices.exists_alias(name=next_alias):
        live = _live_indexes(client, kind)
        unfinished = [i for i in client.indices.get_alias(name=next_alias) if i not in live]
        if unfinished:
            client.indices.delete(index=",".join(unfinished))


def _live_indexes(client: Elasticsearch, kind: str) -> list[str]:
    alias = alias_name(kind)
    return (
        list(client.indices.get_alias(name=alias))
        if client.indices.exists_alias(name=alias)
        else []
    )


def _alias_swap(client: Elasticsearch, kind: str, name: str) -> None:
    alias = alias_name(kind)
    old = _live_indexes(client, kind)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions += [
        {"add": {"index": name, "alias": alias}},
        {"remove": {"index": name, "alias": _next_alias(kind)}},
    ]
    client.indices.update_aliases(actions=actions)
    if old:
        client.indices.delete(index=",".join(old))


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Each batch builds thousands of model instances that reference counting frees as soon as
    the batch is sent; the cyclic garbage collector, set off by so many allocations, walked them
    all again and again and took a third of a rebuild's CPU time. It runs once at the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            gc.collect()


def _load(
    client: Elasticsearch,
    name: str,
    document: type[IndexedDocument],
    *,
    batch_size: int,
    progress: Progress | None,
) -> int:
    """Fills a new index. This thread reads the database and builds sources while two others send
    the previous batches, so the database, Python and Elasticsearch work at the same time."""
    kind = document.index_kind
    total = document.indexable().count()
    done = 0
    sending: deque[Future] = deque()
    with ThreadPoolExecutor(max_workers=SENDERS) as senders, _without_cycle_collection():
        for batch in _batches(document.indexable(), batch_size):
            actions = [
                {"_op_type": "create", "_index": name, "_id": pk, "_source": source}
                for pk, source in document.sources(batch).items()
            ]
            if len(sending) == SENDERS:
                done += sending.popleft().result()
                if progress:
                    progress(kind, done, total)
            sending.append(senders.submit(_send, client, actions))
        while sending:
            done += sending.popleft().result()
    if progress:
        progress(kind, done, total)
    return done


def search_index_rebuild(
    *,
    kinds: Iterable[str] = tuple(DOCUMENTS),
    batch_size: int = 1000,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Builds every index anew and swaps its alias; returns how many documents each holds.
    Raises SearchUnavailable when Elasticsearch cannot be reached, RebuildRunning while another
    rebuild is under way."""
    started = timezone.now()
    kinds = list(kinds)
    client = get_client().options(request_timeout=BULK_TIMEOUT)
    counts = {}
    with unavailable_on_error("rebuilding the index"), _rebuild_lock(client):
        for kind in kinds:
            document = DOCUMENTS[kind]
            _drop_unfinished(client, kind)
            name = _index_create(client, document)
            counts[kind] = _load(client, name, document, batch_size=batch_size, progress=progress)
            client.indices.put_settings(
                index=name,
                settings={"refresh_interval": "1s", "translog": {"durability": "request"}},
            )
            client.indices.refresh(index=name)
            _alias_swap(client, kind, name)
    # What was queued before the rebuild started is in the new indexes.
    PendingUpdate.objects.filter(kind__in=kinds, queued_at__lt=started).delete()
    return counts


def documents_sync(*, kind: str, ids: Iterable[int]) -> None:
    """Makes these rows' documents match the database: (re)index the ones a shopper may see,
    delete the others. Cooperatives and categories take their products along."""
    document = DOCUMENTS[kind]
    ids = set(ids)
    client = get_client()
    targets = (alias_name(kind), _next_alias(kind))
    with unavailable_on_error(f"updating {kind}"):
        for chunk in _chunks(ids, SYNC_BATCH):
            sources = document.sources(list(document.indexable().filter(pk__in=chunk)))
            gone = set(chunk) - sources.keys()
            actions = [
                {"_index": target, "_id": pk, "_source": source}
                for pk, source in sources.items()
                for target in targets
            ]
            actions += [
                {"_op_type": "delete", "_index": target, "_id": pk}
                for pk in sorted(gone)
                for target in targets
            ]
            _send(client, actions, require_alias=True)
    related = document.related_product_ids(ids)
    if related:
        documents_sync(kind="products", ids=related)


def pending_add(*, changes: Mapping[str, Iterable[int]]) -> None:
    now = timezone.now()
    PendingUpdate.objects.bulk_create(
        [
            PendingUpdate(kind=kind, object_id=pk, queued_at=now)
            for kind, ids in changes.items()
            for pk in ids
        ],
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=["queued_at"],
    )


def pending_catch_up(*, limit: int | None = None) -> int:
    """Sends queued changes (all of them, or the oldest `limit`) and returns how many were sent.
    A row queued again while this runs stays for the next time."""
    started = timezone.now()
    queued = PendingUpdate.objects.filter(queued_at__lte=started).order_by("queued_at", "pk")
    sent = 0
    while rows := list(queued.values_list("pk", "kind", "object_id")[: limit or CATCH_UP_BATCH]):
        by_kind = defaultdict(set)
        for _pk, kind, object_id in rows:
            by_kind[kind].add(object_id)
        for kind, ids in by_kind.items():
            documents_sync(kind=kind, ids=ids)
        PendingUpdate.objects.filter(pk__in=[pk for pk, _kind, _id in rows]).filter(
            queued_at__lte=started
        ).delete()
        sent += len(rows)
        if limit:
            break
    return sent


def changes_sync(*, changes: Mapping[str, Iterable[int]]) -> None:
    """Runs in the worker after a commit: sends the changes, or queues them when Elasticsearch is
    unavailable.
    After a successful send it also sends a batch of earlier misses. Never raises for an
    unavailable server: a save or a checkout must not fail because of search."""
    if not settings.SEARCH_ENABLED:
        return
    try:
        for kind, ids in changes.items():
            documents_sync(kind=kind, ids=ids)
    except SearchUnavailable:
        pending_add(changes=changes)
        return
    try:
        pending_catch_up(limit=CATCH_UP_BATCH)
    except SearchUnavailable:
        return


@dataclass
class Drift:
    missing: list[int] = field(default_factory=list)  # visible in the database, not indexed
    extra: list[int] = field(default_factory=list)  # indexed, no longer visible
    stale: list[int] = field(default_factory=list)  # indexed, but differs from the database

    @property
    def ids(self) -> list[int]:
        return sorted({*self.missing, *self.extra, *self.stale})


def index_check(*, kind: str, batch_size: int = 1000) -> Drift:
    """Compares every document's fingerprint with one built from the database now."""
    document = DOCUMENTS[kind]
    client = get_client().options(request_timeout=BULK_TIMEOUT)
    with unavailable_on_error(f"checking {kind}"):
        client.indices.refresh(index=alias_name(kind))  # count the updates of the last second
        search = Search(using=client, index=alias_name(kind)).source(["fingerprint"])
        indexed = {int(hit.meta.id): hit.fingerprint for hit in search.params(size=2000).scan()}
    expected = {
        pk: source["fingerprint"]
        for batch in _batches(document.indexable(), batch_size)
        for pk, source in document.sources(batch).items()
    }
    return Drift(
        missing=sorted(expected.keys() - indexed.keys()),
        extra=sorted(indexed.keys() - expected.keys()),
        stale=sorted(pk for pk in expected.keys() & indexed.keys() if expected[pk] != indexed[pk]),
    )
