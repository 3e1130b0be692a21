"""Facets are data: one entry in search.facets.FACETS gives the form field, the filter, the
sidebar group with its labels and the chosen-filter chip."""

from functools import partial

import pytest
from django import forms
from django.urls import reverse

from search import facets
from search.forms import SearchForm
from tests.factories import ProductFactory
from tests.html import card_ids

SEARCH = reverse("search:search")


def test_each_facet_builds_its_own_form_field_and_filter_values():
    form = SearchForm(
        {"province": ["66"], "ocop": ["5", "9"], "price": ["500000-"], "category": "3"}
    )

    query = form.product_query(per_page=24)

    assert query.filters == {
        "category": (3,),
        "province": (66,),
        "ocop": (),  # 9 stars does not validate: the whole value is ignored
        "price": ("500000-",),
        "certification": (),
        "cooperative": (),
    }


@pytest.fixture
def stars_facet(monkeypatch):
    """A second facet on the OCOP field, with labels of its own, added as one entry."""
    entry = facets.TermsFacet(
        name="stars",
        label="Stars",
        form_field=partial(forms.TypedMultipleChoiceField, coerce=int, choices=[(3, 3), (5, 5)]),
        choices=lambda values, tree: [facets.Choice(v, str(v), "★" * v) for v in sorted(values)],
        field="ocop_stars",
        db_lookup="ocop_stars",
        size=5,
        by_count=False,
    )
    monkeypatch.setattr(facets, "FACETS", [*facets.FACETS])
    facets.FACETS.append(entry)
    monkeypatch.setitem(facets.FACETS_BY_NAME, "stars", entry)
    for module in ("search.forms", "search.selectors", "search.views.base"):
        monkeypatch.setattr(f"{module}.FACETS", facets.FACETS)
    return entry


def test_adding_a_facet_is_one_entry(stars_facet, search_index, committed, client):
    with committed():
        ProductFactory(title="Mật ong ba sao", ocop_stars=3)
        five = ProductFactory(title="Mật ong năm sao", ocop_stars=5)
    search_index.refresh()

    response = client.get(SEARCH, {"q": "mat ong", "stars": "5"})

    assert card_ids(response) == [five.pk]
    group = next(g for g in response.context["facets"] if g.name == "stars")
    assert [(o.label, o.count, o.selected) for o in group.options] == [
        ("★★★", 1, False),
        ("★★★★★", 1, True),
    ]
    assert [o.label for o in response.context["selected_filters"]] == ["★★★★★"]
    assert "stars=5" in group.options[0].url
