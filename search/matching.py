"""Supply–demand matching: which cooperatives sell what a purchase request asks for.

Asked of the product index (public products of approved cooperatives), so a match is what a
shopper could find: the category (or one below it), every required certification, the OCOP
rating, and the province of origin among those given (the delivery province and its neighbours).
"""

from elasticsearch_dsl import A, Q, Search

from .client import alias_name, get_client, unavailable_on_error

MAX_COOPERATIVES = 200
PRODUCTS_PER_COOPERATIVE = 5


def cooperatives_matching(
    *,
    category_id: int,
    provinces: list[int],
    certification_codes: list[str],
    min_ocop_stars: int | None = None,
) -> dict[int, list[int]]:
    """{cooperative id: ids of its best matching products (most popular first)}.
    Raises SearchUnavailable."""
    filters = [Q("term", category_ids=category_id), Q("terms", province=provinces)]
    filters += [Q("term", certifications=code) for code in certification_codes]
    if min_ocop_stars:
        filters.append(Q("range", ocop_stars={"gte": min_ocop_stars}))
    search = (
        Search(using=get_client(), index=alias_name("products"))
        .query(Q("bool", filter=filters))
        .extra(size=0)
    )
    by_cooperative = A("terms", field="cooperative_id", size=MAX_COOPERATIVES)
    by_cooperative.bucket(
        "best",
        "top_hits",
        size=PRODUCTS_PER_COOPERATIVE,
        sort=[{"popularity": "desc"}],
        _source=False,
    )
    search.aggs.bucket("cooperatives", by_cooperative)
    with unavailable_on_error("matching a purchase request"):
        response = search.execute()
    return {
        int(bucket.key): [int(hit.meta.id) for hit in bucket.best.hits]
        for bucket in response.aggregations.cooperatives.buckets
    }
