"""Each cooperative's count of products on sale is a column kept up to date as products change,
so the list of cooperatives counts nothing per request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cooperatives.models import Cooperative
from tests.factories import CooperativeFactory, ProductFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def count(cooperative) -> int:
    return Cooperative.objects.get(pk=cooperative.pk).product_count


def test_the_count_follows_products_added_hidden_moved_and_deleted():
    tea, coffee = CooperativeFactory(), CooperativeFactory()
    first = ProductFactory(cooperative=tea)
    second = ProductFactory(cooperative=tea)
    assert count(tea) == 2
    first.is_public = False
    first.save()
    assert count(tea) == 1
    second.cooperative = coffee
    second.save()
    assert (count(tea), count(coffee)) == (0, 1)
    second.delete()
    assert count(coffee) == 0


def test_variants_do_not_count_their_parent_does():
    cooperative = CooperativeFactory()
    parent = ProductFactory(cooperative=cooperative, structure="parent", stockrecord=False)
    ProductFactory(cooperative=cooperative, structure="child", parent=parent, title="")
    assert count(cooperative) == 1


def test_the_list_asks_the_same_few_queries_whatever_the_number_of_products(client):
    def queries() -> list[str]:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("cooperatives:list")).status_code == 200
        return [query["sql"] for query in captured]

    cooperative = CooperativeFactory()
    ProductFactory(cooperative=cooperative)
    client.get(reverse("cooperatives:list"))
    before = queries()
    for _number in range(5):
        ProductFactory(cooperative=cooperative)
    ProductFactory(cooperative=CooperativeFactory())
    after = queries()
    assert len(after) == len(before) <= 5
    assert not any("catalogue_product" in sql for sql in after)
