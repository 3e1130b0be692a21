"""`manage.py search_reindex`: rebuild behind an alias, --check, --catch-up."""

import threading
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from catalogue.models import Product
from search import services
from search.client import alias_name, get_client
from search.models import PendingUpdate
from search.selectors import ProductQuery, product_search
from search.services import search_index_rebuild
from tests.factories import ProductFactory


def live_index(kind: str = "products") -> str:
    (name,) = get_client().indices.get_alias(name=alias_name(kind)).body
    return name


def test_reindex_under_concurrent_queries_never_returns_an_empty_result(search_index, committed):
    with committed():
        for n in range(40):
            ProductFactory(title=f"Cà phê Arabica Cầu Đất {n}")
    search_index.refresh()
    before = live_index()
    totals, errors = [], []
    rebuilding = threading.Event()
    done = threading.Event()

    def shopper():
        while not done.is_set():
            try:
                totals.append(product_search(query=ProductQuery(text="ca phe")).total)
            except Exception as error:  # noqa: BLE001 (reported by the assertion below)
                errors.append(error)
            if len(totals) >= 5:
                rebuilding.wait()

    def progress(kind, indexed, total):
        rebuilding.set()

    thread = threading.Thread(target=shopper)
    thread.start()
    try:
        search_index_rebuild(batch_size=5, progress=progress)
    finally:
        done.set()
        thread.join()
    assert errors == []
    assert len(totals) >= 5
    assert set(totals) == {40}
    assert live_index() != before
    assert not get_client().indices.exists(index=before)


def test_check_reports_planted_drift_and_fix_repairs_it(search_index, committed):
    with committed():
        missing, stale, hidden, fine = (ProductFactory() for _ in range(4))
    search_index.client.delete(index=alias_name("products"), id=str(missing.pk), refresh=True)
    stale.stockrecords.update(price=1000)  # bypasses the signals, as a raw SQL fix would
    Product.objects.filter(pk=hidden.pk).update(is_public=False)

    out = StringIO()
    with pytest.raises(CommandError, match="differs from the database"):
        call_command("search_reindex", "--check", stdout=out)
    report = out.getvalue()
    assert "products: 1 missing, 1 extra, 1 stale" in report
    assert f"missing: {missing.pk}" in report
    assert f"extra: {hidden.pk}" in report
    assert f"stale: {stale.pk}" in report

    call_command("search_reindex", "--check", "--fix", stdout=StringIO())
    call_command("search_reindex", "--check", stdout=StringIO())  # no drift left: no error
    assert search_index.document(stale.pk)["price"] == [1000.0]
    assert search_index.ids() == {missing.pk, stale.pk, fine.pk}


def test_fix_without_check_is_refused_rather_than_rebuilding(search_index):
    before = live_index()
    with pytest.raises(CommandError, match="--fix works only with --check"):
        call_command("search_reindex", "--fix", stdout=StringIO())
    assert live_index() == before


@pytest.fixture
def held_lock(search_index):
    """The rebuild lock, as a rebuild under way (or one that died) leaves it."""
    name = f"{settings.ELASTICSEARCH_INDEX_PREFIX}-rebuild-lock"
    get_client().indices.create(index=name)
    yield name
    get_client().indices.delete(index=name, ignore_unavailable=True)


def test_a_second_rebuild_is_refused_while_one_runs(held_lock):
    before = live_index()
    with pytest.raises(CommandError, match="Not rebuilt: another rebuild started 0 min ago"):
        call_command("search_reindex", stdout=StringIO())
    assert live_index() == before
    assert get_client().indices.exists(index=held_lock)


def test_a_lock_left_by_a_rebuild_that_died_is_taken_over(held_lock, monkeypatch):
    before = live_index()
    monkeypatch.setattr(services, "REBUILD_LOCK_SECONDS", 0)
    search_index_rebuild()
    assert live_index() != before
    assert not get_client().indices.exists(index=held_lock)


def test_reindex_reports_progress_and_clears_the_queue(search_index):
    ProductFactory.create_batch(3)
    PendingUpdate.objects.create(kind="products", object_id=1)
    out = StringIO()
    call_command("search_reindex", stdout=out)
    assert "products: 3/3 (100%)" in out.getvalue()
    assert "Indexed 3 products" in out.getvalue()
    assert not PendingUpdate.objects.exists()
    assert len(search_index.ids()) == 3


def test_catch_up_sends_the_queued_updates(search_index):
    product = ProductFactory()  # saved outside any commit callback: not indexed yet
    PendingUpdate.objects.create(kind="products", object_id=product.pk)
    out = StringIO()
    call_command("search_reindex", "--catch-up", stdout=out)
    assert "Sent 1 queued updates" in out.getvalue()
    assert search_index.ids() == {product.pk}
    assert not PendingUpdate.objects.exists()


def test_reindex_fails_loudly_when_the_server_is_unreachable(search_index, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    with pytest.raises(CommandError, match="Elasticsearch is unavailable"):
        call_command("search_reindex", stdout=StringIO())


def test_rebuilding_some_kinds_keeps_the_others_queued(search_index):
    PendingUpdate.objects.create(kind="products", object_id=1)
    PendingUpdate.objects.create(kind="cooperatives", object_id=1)
    search_index_rebuild(kinds=["products"])
    assert list(PendingUpdate.objects.values_list("kind", flat=True)) == ["cooperatives"]
