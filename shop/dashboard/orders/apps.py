from django.urls import path
from oscar.apps.dashboard.orders import apps
from oscar.core.loading import get_class


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    name = "shop.dashboard.orders"

    def configure_permissions(self):
        """Oscar's map, with province staff (is_staff) allowed on every order page, and our
        pages: a part of an order, a cooperative's shipping rates."""
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        self.permissions_map["order-part"] = self.permissions_map["order-detail"]
        self.permissions_map = {
            name: (["is_staff"], *alternatives)
            for name, alternatives in self.permissions_map.items()
        }
        self.permissions_map["order-shipping-rate"] = (
            DashboardPermission.partner_dashboard_access,
        )

    def ready(self):
        super().ready()
        self.order_part_view = get_class("dashboard.orders.views", "OrderPartDetailView")
        self.shipping_rate_view = get_class("dashboard.orders.views", "ShippingRateUpdateView")

    def get_urls(self):
        urls = [
            path("shipping-rate/", self.shipping_rate_view.as_view(), name="order-shipping-rate"),
            path(
                "<str:number>/parts/<int:pk>/",
                self.order_part_view.as_view(),
                name="order-part",
            ),
        ]
        return self.post_process_urls(urls) + super().get_urls()
