from datetime import timedelta
from decimal import Decimal

from django.db.models import Sum
from django.utils.timezone import now
from oscar.apps.dashboard import views
from oscar.apps.dashboard.views import *  # noqa: F401,F403
from oscar.core.loading import get_model

Line = get_model("order", "Line")
Order = get_model("order", "Order")
OrderPart = get_model("order", "OrderPart")


class IndexView(views.IndexView):
    """Oscar's dashboard home. A seller's revenue figures count only its own lines and shipping,
    never the totals of whole orders that other cooperatives share."""

    def get_stats(self):
        stats = super().get_stats()
        user = self.request.user
        if user.is_staff:
            return stats
        since = now() - timedelta(hours=24)
        lines = Line.objects.filter(partner__users=user)
        parts = OrderPart.objects.filter(partner__users=user)
        last_day = self._revenue(
            lines.filter(order__date_placed__gt=since), parts.filter(order__date_placed__gt=since)
        )
        parts_last_day = parts.filter(order__date_placed__gt=since).count()
        stats.update(
            total_revenue=self._revenue(lines, parts),
            total_revenue_last_day=last_day,
            average_order_costs=last_day / parts_last_day if parts_last_day else Decimal("0"),
            hourly_report_dict=self.get_hourly_report(Order.objects.none()),
        )
        return stats

    @staticmethod
    def _revenue(lines, parts) -> Decimal:
        goods = lines.aggregate(total=Sum("line_price_incl_tax"))["total"] or Decimal("0")
        shipping = parts.aggregate(total=Sum("shipping_incl_tax"))["total"] or Decimal("0")
        return goods + shipping
