"""A seller's description with scripts and handlers, approved through moderation, never reaches
the search page's snippets as markup."""

import pytest
from django.urls import reverse

from listings.models import ListingRevision
from listings.services import listing_approve
from tests.factories import ProductFactory, UserFactory

PAYLOAD = (
    '<p>Mật ong rừng <script>alert(1)</script><img src=x onerror="alert(2)">'
    '<iframe src="https://evil.example"></iframe><b onclick="x()">tràm</b></p>'
)


@pytest.mark.django_db
def test_a_payload_in_a_description_is_not_markup_in_search_snippets(
    search_index, committed, client
):
    product = ProductFactory(title="Mật ong rừng tràm", is_public=False)
    revision = ListingRevision.objects.create(
        product=product,
        cooperative=product.cooperative,
        is_new_listing=True,
        data={"title": product.title, "description": PAYLOAD, "price": "125000"},
    )
    with committed():
        listing_approve(
            revision=revision, decided_by=UserFactory(), ocop_stars=None, certifications=[]
        )
    search_index.refresh()
    page = client.get(reverse("search:search"), {"q": "mat ong rung"}).content.decode()
    assert "Mật ong rừng tràm" in page
    for markup in ("<script>alert(1)", "onerror=", "<iframe", "onclick="):
        assert markup not in page
