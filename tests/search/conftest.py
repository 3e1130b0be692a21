"""Search tests run against the real Elasticsearch server at ELASTICSEARCH_URL.

Each test process has indexes of its own (test settings give it a unique index prefix): created
once per run, emptied after every test, deleted at the end. Without a server the session
fixture errors, so the tests fail rather than skip. Tests refresh explicitly and never sleep.
"""

import pytest
from django.conf import settings
from elasticsearch import Elasticsearch

from search.client import alias_name
from search.documents import DOCUMENTS
from search.services import search_index_rebuild

ALIASES = ",".join(alias_name(kind) for kind in DOCUMENTS)


def _admin_client() -> Elasticsearch:
    return Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=60)


@pytest.fixture(scope="session")
def search_indexes(django_db_setup, django_db_blocker):
    client = _admin_client()
    client.info()  # no server: an error here, not a skip
    with django_db_blocker.unblock():
        search_index_rebuild()
    yield
    names = list(client.indices.get(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*"))
    if names:
        client.indices.delete(index=",".join(names))


@pytest.fixture(autouse=True)
def _patient_client(settings):
    """Tests check behaviour, not latency: on a busy two-core machine a query can take longer
    than the site's 1 s limit. The failure tests set their own timeouts."""
    settings.ELASTICSEARCH_TIMEOUT = 30


class SearchIndex:
    """The test's view of the indexes: refresh them, read documents back."""

    def __init__(self) -> None:
        self.client = _admin_client()

    def refresh(self) -> None:
        self.client.indices.refresh(index=ALIASES)

    def document(self, pk: int, kind: str = "products") -> dict | None:
        self.refresh()
        found = self.client.options(ignore_status=404).get(index=alias_name(kind), id=str(pk))
        return found["_source"] if found.get("found") else None

    def ids(self, kind: str = "products") -> set[int]:
        self.refresh()
        hits = self.client.search(index=alias_name(kind), size=1000, source=False)["hits"]["hits"]
        return {int(hit["_id"]) for hit in hits}

    def empty(self) -> None:
        # delete_by_query sees only what a refresh has made searchable: refresh first, or a
        # document indexed since the last refresh outlives the test.
        self.refresh()
        self.client.delete_by_query(
            index=ALIASES, query={"match_all": {}}, refresh=True, conflicts="proceed"
        )


@pytest.fixture
def search_index(search_indexes, db):
    index = SearchIndex()
    yield index
    index.empty()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...` runs what a commit would run (indexing) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
