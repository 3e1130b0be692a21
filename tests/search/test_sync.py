"""Keeping the index true: changes reach it after the commit, never inside the transaction."""

import pytest
from django.db import transaction
from django.db.models.signals import post_save

from catalogue.models import Product
from cooperatives.services import cooperative_suspend
from search.models import PendingUpdate
from tests.factories import CertificationFactory, CooperativeFactory, ProductFactory


@pytest.fixture
def product(search_index, committed):
    with committed():
        product = ProductFactory(title="Mật ong rừng U Minh")
    return product


def test_a_saved_product_is_indexed_only_after_the_commit(
    product, search_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as after_commit:
        product.title = "Mật ong hoa cà phê"
        product.save()
        assert search_index.document(product.pk)["title"] == "Mật ong rừng U Minh"
    assert search_index.document(product.pk)["title"] == "Mật ong rừng U Minh"
    for callback in after_commit:
        callback()
    assert search_index.document(product.pk)["title"] == "Mật ong hoa cà phê"


def test_a_rolled_back_transaction_leaves_the_index_unchanged(product, search_index, committed):
    with committed():
        try:
            with transaction.atomic():
                product.title = "Tên không bao giờ được lưu"
                product.save()
                raise RuntimeError("the payment failed")
        except RuntimeError:
            pass
    assert search_index.document(product.pk)["title"] == "Mật ong rừng U Minh"


def test_unpublishing_a_product_removes_its_document(product, search_index, committed):
    with committed():
        product.is_public = False
        product.save()
    assert search_index.document(product.pk) is None
    with committed():
        product.is_public = True
        product.save()
    assert search_index.document(product.pk) is not None


def test_a_deleted_product_leaves_the_index(product, search_index, committed):
    pk = product.pk
    with committed():
        product.delete()
    assert search_index.document(pk) is None


def test_a_stock_change_updates_availability_and_price(product, search_index, committed):
    stockrecord = product.stockrecords.get()
    with committed():
        stockrecord.num_in_stock = 0
        stockrecord.price = 99000
        stockrecord.save()
    document = search_index.document(product.pk)
    assert document["is_available"] is False
    assert document["price"] == [99000.0]


def test_categories_and_certifications_follow_the_product(product, search_index, committed):
    from oscar.apps.catalogue.categories import create_from_breadcrumbs

    with committed():
        product.categories.add(create_from_breadcrumbs("Quà tặng OCOP"))
        product.certifications.add(CertificationFactory(code="vietgap", name="VietGAP"))
    document = search_index.document(product.pk)
    assert "Quà tặng OCOP" in document["categories"]
    assert document["certifications"] == ["vietgap"]


def test_renaming_or_deleting_a_certification_updates_its_products(
    product, search_index, committed
):
    with committed():
        certification = CertificationFactory(code="huu-co", name="Hữu cơ")
        product.certifications.add(certification)
    with committed():
        certification.name = "Hữu cơ PGS"
        certification.save()
    assert search_index.document(product.pk)["certification_names"] == ["Hữu cơ PGS"]
    with committed():
        certification.delete()
    document = search_index.document(product.pk)
    assert (document["certifications"], document["certification_names"]) == ([], [])


def test_renaming_a_category_updates_its_products(search_index, committed):
    with committed():
        honey = ProductFactory(categories=["Mật ong > Mật ong rừng"])
    parent = honey.categories.get().get_parent()
    with committed():
        parent.name = "Mật ong & sản phẩm từ ong"
        parent.save()
    assert search_index.document(honey.pk)["categories"] == [
        "Mật ong & sản phẩm từ ong",
        "Mật ong rừng",
    ]
    assert search_index.document(parent.pk, "categories")["name"] == "Mật ong & sản phẩm từ ong"


def test_a_suspended_cooperatives_documents_disappear(search_index, committed):
    cooperative = CooperativeFactory(name="HTX Nước mắm Phú Quốc")
    with committed():
        products = [ProductFactory(cooperative=cooperative) for _ in range(2)]
        other = ProductFactory()
    assert search_index.document(cooperative.pk, "cooperatives")["name"] == cooperative.name
    assert search_index.ids() == {other.pk, *(p.pk for p in products)}
    with committed():
        cooperative_suspend(cooperative=cooperative, suspended_by=None, reason="Hồ sơ hết hạn")
    assert search_index.document(cooperative.pk, "cooperatives") is None
    assert search_index.ids() == {other.pk}


def test_fixture_loading_is_skipped(product, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as after_commit:
        post_save.send(sender=Product, instance=product, created=False, raw=True)
    assert after_commit == []


def test_an_unreachable_server_never_fails_a_save_and_the_change_is_caught_up(
    product, search_index, committed, settings
):
    server = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    with committed():
        product.title = "Mật ong rừng tràm U Minh Hạ"
        product.save()
    assert PendingUpdate.objects.filter(kind="products", object_id=product.pk).exists()
    assert search_index.document(product.pk)["title"] == "Mật ong rừng U Minh"

    settings.ELASTICSEARCH_URL = server
    with committed():
        later = ProductFactory(title="Trà Shan tuyết")
    # The next successful update sent the queued one along.
    assert not PendingUpdate.objects.exists()
    assert search_index.document(product.pk)["title"] == "Mật ong rừng tràm U Minh Hạ"
    assert search_index.document(later.pk)["title"] == "Trà Shan tuyết"
