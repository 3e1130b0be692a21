"""Index work in the worker: the sync after a commit, and the scheduled catch-up and drift fix
that bring the index back in step without any save."""

from django.core.management import call_command

from catalogue.models import Product
from search.client import alias_name
from search.models import PendingUpdate
from search.services import index_check
from shop.celery import app
from tests.factories import CooperativeFactory, ProductFactory
from tests.worker import eventually

DOWN = "http://127.0.0.1:9"  # nothing listens there


def run_scheduled(entry: str):
    """What beat does: the task named by CELERY_BEAT_SCHEDULE[entry], run by a worker."""
    return app.tasks[app.conf.beat_schedule[entry]["task"]].apply().get()


def test_updates_missed_while_the_server_was_down_reach_it_through_the_scheduled_catch_up(
    search_index, committed, settings
):
    with committed():
        product = ProductFactory(title="Mật ong bạc hà")
    server = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = DOWN
    with committed():
        product.title = "Mật ong bạc hà Hà Giang"
        product.save()
        gone = ProductFactory(title="Chè Shan tuyết")
    assert run_scheduled("search-index-catch-up") == 0  # still down: nothing is lost
    assert set(
        PendingUpdate.objects.filter(kind="products").values_list("object_id", flat=True)
    ) == {
        product.pk,
        gone.pk,
    }
    queued = PendingUpdate.objects.count()  # and the new product's cooperative

    settings.ELASTICSEARCH_URL = server  # back up; nothing is saved from here on
    assert run_scheduled("search-index-catch-up") == queued
    assert search_index.document(product.pk)["title"] == "Mật ong bạc hà Hà Giang"
    assert search_index.document(gone.pk)["title"] == "Chè Shan tuyết"
    assert not PendingUpdate.objects.exists()


def test_the_scheduled_drift_fix_restores_documents_changed_behind_the_sites_back(
    search_index, committed
):
    with committed():
        kept, lost = ProductFactory(), ProductFactory(title="Nước mắm Nam Ô")
    search_index.client.delete(index=alias_name("products"), id=str(lost.pk), refresh=True)
    Product.objects.filter(pk=kept.pk).update(title="Đổi tên mà không có tín hiệu")

    assert set(index_check(kind="products").ids) >= {kept.pk, lost.pk}

    assert run_scheduled("search-index-drift-fix")["products"] >= 2

    assert search_index.document(lost.pk)["title"] == "Nước mắm Nam Ô"
    assert search_index.document(kept.pk)["title"] == "Đổi tên mà không có tín hiệu"
    assert index_check(kind="products").ids == []


def test_renaming_a_cooperative_reindexes_its_products_in_the_worker_not_the_request(
    search_index, celery_worker
):
    cooperative = CooperativeFactory(name="HTX Chè Tân Cương")
    products = [ProductFactory(cooperative=cooperative) for _ in range(3)]
    call_command("search_reindex", verbosity=0)

    cooperative.name = "HTX Chè Tân Cương Thái Nguyên"
    cooperative.save()  # committed: the sync task waits in Redis, no worker runs yet
    assert {search_index.document(p.pk)["cooperative"] for p in products} == {"HTX Chè Tân Cương"}

    celery_worker()
    for product in products:
        eventually(
            lambda pk=product.pk: (
                search_index.document(pk)["cooperative"] == "HTX Chè Tân Cương Thái Nguyên"
            )
        )
