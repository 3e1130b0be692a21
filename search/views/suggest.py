import hashlib
import json

from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views import View

from ..client import SearchUnavailable
from ..selectors import search_suggestions

MIN_LENGTH = 2
# Shoppers type the same first letters: an answer is kept this long per language and text, as
# long as the browser keeps it (Cache-Control below). A product hidden meanwhile may still be
# suggested that long; its page then answers 404.
CACHE_SECONDS = 60


class SuggestView(View):
    """/search/suggest/?q=nuoc+m: products, categories and cooperatives for the header's search
    box, as JSON. Labels come translated, so the script needs no catalogue of its own. While
    Elasticsearch is unavailable the lists are empty and the box stays a plain search form."""

    def get(self, request):
        text = request.GET.get("q", "").strip()[:100]
        digest = hashlib.blake2b(f"{get_language()}\0{text}".encode(), digest_size=16)
        key = f"search:suggest:{digest.hexdigest()}"
        body = cache.get(key)
        if body is None:
            try:
                body = json.dumps(self.answer(text, self.found(text)))
            except SearchUnavailable:
                # Not kept: the next keystroke asks again once Elasticsearch is back.
                body = json.dumps(self.answer(text, groups=[]))
            else:
                cache.set(key, body, CACHE_SECONDS)
        response = HttpResponse(body, content_type="application/json")
        response["Cache-Control"] = f"private, max-age={CACHE_SECONDS}"
        return response

    def found(self, text: str) -> list[dict]:
        """The groups for `text`; raises SearchUnavailable."""
        return self.groups(search_suggestions(text=text)) if len(text) >= MIN_LENGTH else []

    @staticmethod
    def answer(text: str, groups: list[dict]) -> dict:
        count = sum(len(group["items"]) for group in groups)
        return {
            "query": text,
            "groups": groups,
            "search": {
                "label": _("Search for “%(query)s”") % {"query": text},
                "url": f"{reverse('search:search')}?{urlencode({'q': text})}",
            },
            "status": ngettext("%(count)d suggestion", "%(count)d suggestions", count)
            % {"count": count},
        }

    @staticmethod
    def groups(found) -> list[dict]:
        groups = [
            {
                "label": _("Products"),
                "items": [
                    {
                        "label": p["title"],
                        "detail": p.get("cooperative", ""),
                        "url": reverse(
                            "catalogue:detail", kwargs={"product_slug": p["slug"], "pk": p["id"]}
                        ),
                    }
                    for p in found.products
                ],
            },
            {
                "label": _("Categories"),
                "items": [{"label": c["full_name"], "url": c["url"]} for c in found.categories],
            },
            {
                "label": _("Cooperatives"),
                "items": [
                    {
                        "label": c["name"],
                        "detail": c.get("province_name", ""),
                        "url": reverse("cooperatives:detail", kwargs={"slug": c["slug"]}),
                    }
                    for c in found.cooperatives
                ],
            },
        ]
        return [group for group in groups if group["items"]]
