import oscar.apps.catalogue.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CatalogueConfig(apps.CatalogueConfig):
    name = "catalogue"

    def ready(self):
        super().ready()
        self.recently_viewed_view = get_class("catalogue.views", "RecentlyViewedView")

    def get_urls(self):
        urls = super().get_urls()
        urls += [
            path(
                "recently-viewed/",
                self.recently_viewed_view.as_view(),
                name="recently-viewed",
            ),
        ]
        return self.post_process_urls(urls)
