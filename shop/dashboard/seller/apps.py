from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig


class SellerDashboardConfig(OscarDashboardConfig):
    """A seller's own cooperative: its profile, and its listings as CSV."""

    label = "seller_dashboard"
    name = "shop.dashboard.seller"
    verbose_name = _("Seller")

    default_permissions = ["partner.dashboard_access"]

    def get_urls(self):
        from . import views

        urls = [
            path("profile/", views.ProfileView.as_view(), name="seller-profile"),
            path("import/", views.ImportView.as_view(), name="seller-import"),
            path(
                "import/template.csv", views.TemplateView.as_view(), name="seller-import-template"
            ),
            path("export.csv", views.ExportView.as_view(), name="seller-export"),
        ]
        return self.post_process_urls(urls)
