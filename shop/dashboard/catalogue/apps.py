import oscar.apps.dashboard.catalogue.apps as apps
from oscar.core.loading import get_class


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    name = "shop.dashboard.catalogue"

    def configure_permissions(self):
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        self.permissions_map.update(
            {
                # A seller reads the stock alerts of its own cooperative (StockAlertListView).
                "stock-alert-list": (
                    DashboardPermission.get("partner", "view_stockalert"),
                    DashboardPermission.partner_dashboard_access,
                ),
                # Bulk publishing and repricing would skip moderation: staff only.
                "catalogue-product-bulk-action": DashboardPermission.get(
                    "catalogue", "view_product", "change_product"
                ),
            }
        )
