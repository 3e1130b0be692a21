import oscar.apps.search.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class SearchConfig(apps.SearchConfig):
    """Oscar's search app, served by Elasticsearch (see search/README.md)."""

    name = "search"

    def ready(self):
        from . import receivers  # noqa: F401 (connects the signal handlers)

        super().ready()
        self.suggest_view = get_class("search.views", "SuggestView")

    def get_urls(self):
        urls = super().get_urls()
        urls += [path("suggest/", self.suggest_view.as_view(), name="suggest")]
        return self.post_process_urls(urls)
