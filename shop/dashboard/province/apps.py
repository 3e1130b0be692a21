from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig


class ProvinceDashboardConfig(OscarDashboardConfig):
    """Province staff's area: applications, cooperatives, listing moderation and reports, each
    limited to the provinces the staff member works for (the platform admin sees all)."""

    label = "province_dashboard"
    name = "shop.dashboard.province"
    verbose_name = _("Province staff")

    default_permissions = ["is_staff", "cooperatives.moderate_cooperative"]
    permissions_map = {
        "province-revision-list": ["is_staff", "listings.moderate_listing"],
        "province-revision-detail": ["is_staff", "listings.moderate_listing"],
        "province-policy": ["is_staff", "listings.moderate_listing"],
        "province-report": ["is_staff", "cooperatives.view_reports"],
    }

    def get_urls(self):
        from . import views

        urls = [
            path(
                "applications/",
                views.ApplicationListView.as_view(),
                name="province-application-list",
            ),
            path(
                "applications/<int:pk>/",
                views.ApplicationDetailView.as_view(),
                name="province-application-detail",
            ),
            path(
                "applications/<int:pk>/documents/<str:document>/",
                views.ApplicationDocumentView.as_view(),
                name="province-application-document",
            ),
            path(
                "cooperatives/",
                views.CooperativeListView.as_view(),
                name="province-cooperative-list",
            ),
            path(
                "cooperatives/<int:pk>/",
                views.CooperativeDetailView.as_view(),
                name="province-cooperative-detail",
            ),
            path("listings/", views.RevisionListView.as_view(), name="province-revision-list"),
            path(
                "listings/<int:pk>/",
                views.RevisionDetailView.as_view(),
                name="province-revision-detail",
            ),
            path("listings/policy/", views.ModerationPolicyView.as_view(), name="province-policy"),
            path("reports/", views.ReportView.as_view(), name="province-report"),
        ]
        return self.post_process_urls(urls)
