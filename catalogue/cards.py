"""Product cards, rendered once and kept in the cache.

A card's HTML depends on the product, its stock records (through the strategy's price and
availability), its pictures, its cooperative, its lots' recall state and the language; nothing
in it belongs to one shopper. The per-request parts stay outside the cached HTML: the search
snippet goes in at `SNIPPET_MARK`, and the add-to-basket form carries `CSRF_PLACEHOLDER`, which
shop.middleware.CsrfPlaceholderMiddleware (or static/js/csrf.js) fills.

Cards are cached for the strategy an anonymous shopper gets (Selector().strategy()); a request
whose strategy is of another class renders its cards afresh every time. Today the Selector gives
everyone the same strategy, so signed-in shoppers share the cache. shop/invalidation.py deletes
a product's cards whenever something they show changes; CARD_CACHE_VERSION (a setting) is in
every key, so a deploy that changes the card starts with a cold cache.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from oscar.core.loading import get_class

from pagecache.dependencies import page_depends_on, pages_changed, product_tag

from .models import Product
from .selectors import product_list_public

Selector = get_class("partner.strategy", "Selector")

CARD_TEMPLATE = "oscar/catalogue/partials/product.html"
SNIPPET_MARK = "<!--card-snippet-->"
# The hidden field the card's form (and any other form of a cacheable page) carries instead of
# {% csrf_token %}. User text cannot produce it: it is escaped before it reaches a template.
CSRF_PLACEHOLDER = '<input type="hidden" name="csrfmiddlewaretoken" value="" data-csrf>'
# The heading levels cards are cached for; a card asked for with another level is not cached.
HEADING_LEVELS = (2, 3, 4)


@dataclass(frozen=True)
class CardIds(Sequence):
    """A page of products given by id (Elasticsearch hits, a paginated query's ids), in order,
    with the search snippet of each: the cards are fetched from the cache and only the missing
    products are read from the database."""

    ids: tuple[int, ...]
    highlights: dict[int, str]

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        return self.ids[index]


def strategy_name(strategy) -> str:
    return f"{type(strategy).__module__}.{type(strategy).__qualname__}"


def anonymous_strategy_name() -> str:
    return strategy_name(Selector().strategy())


def card_key(*, product_id: int, language: str, heading_level: int, strategy: str) -> str:
    return f"card:{settings.CARD_CACHE_VERSION}:{strategy}:{language}:h{heading_level}:{product_id}"


def cards_invalidate(*, product_ids: Iterable[int]) -> None:
    """Drops every cached card of these products, in every language and heading level, and
    every cached page that shows one of them (a card, the product's page)."""
    strategy = anonymous_strategy_name()
    product_ids = set(product_ids)
    cache.delete_many(
        [
            card_key(product_id=pk, language=language, heading_level=level, strategy=strategy)
            for pk in product_ids
            for language, _name in settings.LANGUAGES
            for level in HEADING_LEVELS
        ]
    )
    pages_changed(product_tag(pk) for pk in product_ids)


def _as_ids(products) -> tuple[list[int], dict[int, Product], dict[int, str]]:
    """The products' ids in order, the Product objects already at hand, and the snippets."""
    if isinstance(products, CardIds):
        return list(products.ids), {}, products.highlights
    if isinstance(products, QuerySet) and products.model is Product:
        return list(products.prefetch_related(None).values_list("pk", flat=True)), {}, {}
    loaded = [product for product in products if product is not None]
    highlights = {p.pk: p.search_highlight for p in loaded if getattr(p, "search_highlight", "")}
    return [p.pk for p in loaded], {p.pk: p for p in loaded}, highlights


def _render(context, product: Product, heading_level: int) -> str:
    template = context.template.engine.get_template(CARD_TEMPLATE)
    with context.push(product=product, heading_level=heading_level):
        return template.render(context)


def _with_snippet(html: str, highlight: str) -> SafeString:
    snippet = format_html('<p class="product-card__snippet">{}</p>', highlight) if highlight else ""
    return mark_safe(html.replace(SNIPPET_MARK, snippet, 1))  # noqa: S308 (our template's output)


def cards_render(context, products, *, heading_level: int = 3) -> list[SafeString]:
    """The cards of these products (Product objects, a Product query or CardIds), in order:
    from the cache where it holds them, the others rendered with the template context and
    stored. Products a shopper may no longer see (missing from product_list_public) drop out."""
    ids, loaded, highlights = _as_ids(products)
    if not ids:
        return []
    page_depends_on(*(product_tag(pk) for pk in ids))
    request = context.get("request")
    strategy = strategy_name(request.strategy) if request is not None else ""
    cacheable = strategy == anonymous_strategy_name() and heading_level in HEADING_LEVELS
    language = context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
    keys = {
        pk: card_key(
            product_id=pk, language=language, heading_level=heading_level, strategy=strategy
        )
        for pk in ids
    }
    cached = cache.get_many(list(keys.values())) if cacheable else {}
    html = {pk: cached[keys[pk]] for pk in ids if keys[pk] in cached}
    missing = [pk for pk in ids if pk not in html and pk not in loaded]
    if missing:
        loaded.update(
            (product.pk, product) for product in product_list_public().filter(pk__in=missing)
        )
    fresh = {
        pk: _render(context, loaded[pk], heading_level)
        for pk in ids
        if pk not in html and pk in loaded
    }
    if fresh and cacheable:
        cache.set_many({keys[pk]: card for pk, card in fresh.items()}, settings.CARD_CACHE_SECONDS)
    html.update(fresh)
    return [_with_snippet(html[pk], highlights.get(pk, "")) for pk in ids if pk in html]
