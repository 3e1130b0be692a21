from django.urls import path
from oscar import config


class ShopConfig(config.Shop):
    """Oscar's storefront URLs, with the site root served by the Wagtail home page."""

    def get_urls(self):
        from wagtail import views as wagtail_views

        return [
            path("", wagtail_views.serve, {"path": ""}, name="home")
            if getattr(pattern, "name", None) == "home"
            else pattern
            for pattern in super().get_urls()
        ]

    def ready(self):
        super().ready()
        from . import invalidation  # noqa: F401 (connects the signal handlers)
