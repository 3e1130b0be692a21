from contextlib import suppress

from django.http import JsonResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View

from ..client import SearchUnavailable
from ..selectors import search_suggestions

MIN_LENGTH = 2


class SuggestView(View):
    """/search/suggest/?q=nuoc+m: products, categories and cooperatives for the header's search
    box, as JSON. Labels come translated, so the script needs no catalogue of its own. While
    Elasticsearch is unavailable the lists are empty and the box stays a plain search form."""

    def get(self, request):
        text = request.GET.get("q", "").strip()[:100]
        groups = []
        if len(text) >= MIN_LENGTH:
            with suppress(SearchUnavailable):
                groups = self.groups(search_suggestions(text=text))
        count = sum(len(group["items"]) for group in groups)
        response = JsonResponse(
            {
                "query": text,
                "groups": groups,
                "search": {
                    "label": _("Search for “%(query)s”") % {"query": text},
                    "url": f"{reverse('search:search')}?{urlencode({'q': text})}",
                },
                "status": ngettext("%(count)d suggestion", "%(count)d suggestions", count)
                % {"count": count},
            }
        )
        response["Cache-Control"] = "private, max-age=60"
        return response

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
