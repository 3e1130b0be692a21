import oscar.apps.dashboard.apps as apps
from django.apps import apps as django_apps
from django.urls import include, path


class DashboardConfig(apps.DashboardConfig):
    name = "shop.dashboard"

    def ready(self):
        super().ready()
        self.province_app = django_apps.get_app_config("province_dashboard")
        self.seller_app = django_apps.get_app_config("seller_dashboard")

    def get_urls(self):
        urls = [
            path("province/", include(self.province_app.urls[0])),
            path("seller/", include(self.seller_app.urls[0])),
        ]
        return super().get_urls() + self.post_process_urls(urls)
