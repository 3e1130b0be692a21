"""Reads: product search and category browsing, suggestions as you type, and the database
fallback used while Elasticsearch is unavailable. The relevance decisions are in README.md."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from django.db.models import F, Max, Min
from django.db.models import Q as DbQ
from django.db.models.functions import Coalesce
from django.utils.safestring import mark_safe
from elasticsearch_dsl import MultiSearch, Q, Search

from catalogue.models import Product
from catalogue.selectors import product_list_public
from catalogue.tree import CategoryTree

from .analysis import fold, normalize
from .client import alias_name, get_client, unavailable_on_error
from .db import Folded
from .facets import CATEGORY, FACETS, FACETS_BY_NAME

SORTS = {
    # Without a query every score is the same: popularity orders the catalogue.
    "relevance": ["_score", {"popularity": "desc"}, {"date_created": "desc"}],
    "price-asc": [{"price": {"order": "asc", "missing": "_last"}}, "_score"],
    "price-desc": [{"price": {"order": "desc", "missing": "_last"}}, "_score"],
    "newest": [{"date_created": "desc"}, "_score"],
    "best-selling": [{"num_purchases": "desc"}, "_score"],
}
BEST_SELLING_FIRST = [F("stats__num_purchases").desc(nulls_last=True), "-date_created"]
DB_SORTS = {
    "relevance": BEST_SELLING_FIRST,  # the database has no text score
    "price-asc": [F("min_price").asc(nulls_last=True), "-date_created"],
    "price-desc": [F("max_price").desc(nulls_last=True), "-date_created"],
    "newest": ["-date_created"],
    "best-selling": BEST_SELLING_FIRST,
}
# Elasticsearch pages through at most 10,000 hits (index.max_result_window).
MAX_RESULT_WINDOW = 10_000


def _popular(query: Q) -> Q:
    """The text score times the product's popularity (computed when it is indexed, see
    documents.popularity)."""
    return Q(
        "function_score",
        query=query,
        field_value_factor={"field": "popularity", "missing": 1},
        boost_mode="multiply",
    )


@dataclass(frozen=True)
class ProductQuery:
    text: str = ""
    within_category: int | None = None  # a category page's category
    filters: Mapping[str, tuple] = field(default_factory=dict)  # facet name -> chosen values
    sort: str = "relevance"
    page: int = 1
    per_page: int = 24


@dataclass
class ProductResults:
    ids: list[int]
    total: int
    facets: dict[str, dict] = field(default_factory=dict)  # facet name -> {value: count}
    highlights: dict[int, str] = field(default_factory=dict)
    suggestion: str = ""  # "did you mean", when nothing was found
    typo_tolerant: bool = False  # found only by allowing typos


def _name_starts_with(field_name: str, text: str) -> list[Q]:
    """Names that begin with what was typed ("ca phe" → "Cà phê Robusta…" before "Mật ong hoa cà
    phê…"): the typed words as the name's first words, the last one as a prefix. No query when
    nothing typed is a word."""
    words = re.findall(r"\w+", fold(text))
    if not words:
        return []
    field = f"{field_name}.folded"
    clauses = [{"span_term": {field: word}} for word in words[:-1]]
    clauses.append({"span_multi": {"match": {"prefix": {field: {"value": words[-1]}}}}})
    return [
        Q(
            "span_first",
            match={"span_near": {"clauses": clauses, "slop": 0, "in_order": True}},
            end=len(words),
        )
    ]


def _text_query(text: str, *, fuzzy: bool) -> Q:
    """Every word must match somewhere (title, description, category, place of origin,
    certification), folded; a name match, a phrase match and exact accents score higher.

    The tolerant pass (`fuzzy`) also accepts the last word as the start of a word, as a shopper
    who submits "nuoc mam phu q" before finishing typing means "nước mắm Phú Quốc"."""
    typos = {"fuzziness": "AUTO", "prefix_length": 1} if fuzzy else {}
    every_word = Q("match", all_text__folded={"query": text, "operator": "and", **typos})
    if fuzzy:
        every_word |= Q(
            "multi_match",
            query=text,
            type="bool_prefix",
            fields=["all_text.folded"],
            operator="and",
        )
    return Q(
        "bool",
        must=[every_word],
        should=[
            Q("match", title__folded={"query": text, "boost": 3, **typos}),
            Q("match_phrase", title__folded={"query": text, "slop": 1, "boost": 3}),
            Q("match", title={"query": text, "boost": 4}),
            Q("match", all_text={"query": text}),
            Q("match", categories__folded={"query": text, "boost": 1.5}),
            *_name_starts_with("title", text),
        ],
    )


def _matching(query: ProductQuery, *, fuzzy: bool) -> Q:
    base = [CATEGORY.es_filter([query.within_category])] if query.within_category else []
    if query.text:
        return _popular(Q("bool", must=[_text_query(query.text, fuzzy=fuzzy)], filter=base))
    return Q("bool", filter=base)


def _chosen_filters(query: ProductQuery) -> dict[str, Q]:
    return {name: FACETS_BY_NAME[name].es_filter(v) for name, v in query.filters.items() if v}


def _hits_search(query: ProductQuery, *, fuzzy: bool) -> Search:
    """The page's ids in ranking order (no source: the page loads its products), the total and
    the highlights."""
    search = (
        Search(index=alias_name("products"))
        .query(_matching(query, fuzzy=fuzzy))
        .post_filter("bool", filter=list(_chosen_filters(query).values()))
        .sort(*SORTS[query.sort])
        .source(False)
        .extra(
            track_total_hits=True,
            from_=(query.page - 1) * query.per_page,
            size=query.per_page,
        )
    )
    if query.text:
        search = search.highlight(
            "description.folded",
            highlight_query=Q("match", description__folded={"query": query.text}).to_dict(),
            fragment_size=140,
            number_of_fragments=1,
        ).highlight_options(pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html")
    return search


def _facet_aggregations(search: Search, query: ProductQuery) -> Search:
    """Each facet's counts, under the filters chosen on the other facets (a multi-select facet
    keeps counting its own other values)."""
    chosen = _chosen_filters(query)
    for facet in FACETS:
        others = [f for name, f in chosen.items() if name != facet.name or not facet.multi_select]
        search.aggs.bucket(facet.name, "filter", Q("bool", filter=others)).bucket(
            "values", facet.es_agg()
        )
    return search


def _facets_search(query: ProductQuery) -> Search:
    """The facet counts of a page without words (a category, the catalogue) alone: the same
    matches unscored (filter context), no hits, and so answered from Elasticsearch's shard
    request cache while the index is unchanged. The request is the same for every page and sort
    of one category, so browsing on reuses it."""
    search = (
        Search(index=alias_name("products"))
        .query(Q("bool", filter=[_matching(query, fuzzy=False)]))
        .extra(size=0, track_total_hits=False)
        .params(request_cache=True)
    )
    return _facet_aggregations(search, query)


def _did_you_mean_search(text: str) -> Search:
    """A correction of the words, asked only when even the typo-tolerant pass found nothing."""
    return (
        Search(index=alias_name("products"))
        .extra(size=0, track_total_hits=False)
        .suggest(
            "did_you_mean",
            text,
            phrase={
                "field": "title.folded",
                "analyzer": "vi_folded",
                "size": 1,
                "max_errors": 2,
                "confidence": 0,
                # Vietnamese syllables are short: accept two edits in a three-letter word.
                "direct_generator": [
                    {
                        "field": "title.folded",
                        "suggest_mode": "always",
                        "min_word_length": 2,
                        "accuracy": 0.3,
                        "string_distance": "levenshtein",
                    }
                ],
                "collate": {
                    "query": {
                        "source": {
                            "match": {
                                "all_text.folded": {
                                    "query": "{{suggestion}}",
                                    "operator": "and",
                                }
                            }
                        }
                    },
                    "prune": False,
                },
            },
        )
    )


def _hits_and_facets(query: ProductQuery, *, fuzzy: bool):
    """The page's hits and the facet counts, in one round trip. Words make nearly every search
    new, so its facets are counted in the same request, over the matches found once; a page
    without words asks them apart, from the request cache (`_facets_search`)."""
    hits = _hits_search(query, fuzzy=fuzzy)
    if query.text:
        found = _facet_aggregations(hits, query).using(get_client()).execute()
        return found, found
    multi = MultiSearch(using=get_client()).add(hits).add(_facets_search(query))
    return multi.execute(raise_on_error=True)


def product_search(*, query: ProductQuery) -> ProductResults:
    """One page of products from Elasticsearch, in ranking order, with facet counts.

    Typos are tolerated only when the exact words find nothing: "mat ong" then lists honey, not
    every product whose words are one letter away. Raises SearchUnavailable.
    """
    query = replace(query, text=normalize(query.text))
    suggestion = ""
    with unavailable_on_error("searching products"):
        hits, facets = _hits_and_facets(query, fuzzy=False)
        typo_tolerant = bool(query.text) and hits.hits.total.value == 0
        if typo_tolerant:
            hits, facets = _hits_and_facets(query, fuzzy=True)
        # A query of stray accent marks folds to nothing: there is nothing to correct.
        folded = fold(query.text).strip()
        if typo_tolerant and hits.hits.total.value == 0 and folded:
            corrected = _did_you_mean_search(folded).using(get_client()).execute()
            options = corrected.suggest.did_you_mean[0].options
            suggestion = options[0].text if options else ""
    return ProductResults(
        ids=[int(hit.meta.id) for hit in hits],
        total=hits.hits.total.value,
        facets={
            name: {b.key: b.doc_count for b in facets.aggregations[name]["values"].buckets}
            for name in FACETS_BY_NAME
        },
        highlights={
            # encoder="html" escaped the text around the <mark> tags.
            int(hit.meta.id): mark_safe(hit.meta.highlight["description.folded"][0])
            for hit in hits
            if "highlight" in hit.meta
        },
        suggestion=suggestion,
        typo_tolerant=typo_tolerant,
    )


def product_search_fallback(*, query: ProductQuery) -> ProductResults:
    """The same page from the database, while Elasticsearch is unavailable: folded words in the
    title, the same filters and sorts, no facet counts, no typo tolerance. The filters go in a
    subquery, so the page and the count need neither DISTINCT nor GROUP BY over its joins."""
    matching = product_list_public()
    words = fold(normalize(query.text)).split()
    if words:
        matching = matching.alias(folded_title=Folded("title"))
    for word in words:
        matching = matching.filter(folded_title__contains=word)
    tree = CategoryTree() if query.within_category or query.filters.get("category") else None
    for category in (query.within_category, *query.filters.get("category", ())):
        if category:
            matching = matching.filter(categories__in=tree.subtree(category))
    for name, values in query.filters.items():
        if values and name != CATEGORY.name:
            matching = matching.filter(FACETS_BY_NAME[name].db_filter(values))
    products = Product.objects.filter(pk__in=matching.values("pk"))
    ordered = products.order_by(*DB_SORTS[query.sort])
    if query.sort.startswith("price"):
        # A parent sells at its public variants' prices, lowest first going up, highest first
        # going down, as Elasticsearch sorts a field with several values.
        variants = DbQ(children__is_public=True)
        ordered = ordered.annotate(
            min_price=Coalesce(
                Min("stockrecords__price"), Min("children__stockrecords__price", filter=variants)
            ),
            max_price=Coalesce(
                Max("stockrecords__price"), Max("children__stockrecords__price", filter=variants)
            ),
        )
    start = (query.page - 1) * query.per_page
    return ProductResults(
        ids=list(ordered.values_list("pk", flat=True)[start : start + query.per_page]),
        total=products.count(),
    )


@dataclass
class Suggestions:
    products: list[dict]  # id, title, slug, cooperative
    categories: list[dict]  # full_name, url
    cooperatives: list[dict]  # name, slug, province_name


def _prefix_query(field_name: str, text: str) -> Q:
    """Every word typed so far, the last one as a prefix ("nuoc m" finds "nước mắm")."""
    return Q(
        "multi_match",
        query=text,
        type="bool_prefix",
        operator="and",
        fuzziness="AUTO",
        prefix_length=1,
        fields=[
            f"{field_name}.suggest",
            f"{field_name}.suggest._2gram",
            f"{field_name}.suggest._3gram",
        ],
    )


def _suggestion_query(field_name: str, text: str) -> Q:
    """Every word typed so far (the last one as a prefix); names that begin with them first."""
    return Q(
        "bool",
        must=[_prefix_query(field_name, text)],
        should=_name_starts_with(field_name, text),
    )


def search_suggestions(*, text: str) -> Suggestions:
    """Products, categories and cooperatives whose names start with what was typed, in one
    round trip. Raises SearchUnavailable."""
    text = normalize(text)
    products = (
        Search(index=alias_name("products"))
        .query(_popular(_suggestion_query("title", text)))
        .source(["title", "slug", "cooperative"])
        .extra(size=6)
    )
    categories = (
        Search(index=alias_name("categories"))
        .query(_suggestion_query("name", text))
        .source(["full_name", "url"])
        .extra(size=4)
    )
    cooperatives = (
        Search(index=alias_name("cooperatives"))
        .query(_suggestion_query("name", text))
        .source(["name", "slug", "province_name"])
        .extra(size=3)
    )
    multi = MultiSearch(using=get_client()).add(products).add(categories).add(cooperatives)
    with unavailable_on_error("suggesting"):
        product_hits, category_hits, cooperative_hits = multi.execute(raise_on_error=True)
    return Suggestions(
        products=[{"id": int(hit.meta.id), **hit.to_dict()} for hit in product_hits],
        categories=[hit.to_dict() for hit in category_hits],
        cooperatives=[hit.to_dict() for hit in cooperative_hits],
    )
