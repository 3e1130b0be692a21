from datetime import timedelta
from decimal import Decimal

from django.db.models import Sum
from django.utils.timezone import now
from oscar.apps.dashboard import views
from oscar.core.loading import get_model

from cooperatives.models import CooperativeApplication
from cooperatives.roles import is_province_staff
from cooperatives.selectors import application_list_for_staff, cooperative_for_user
from listings.models import ListingRevision
from listings.selectors import (
    revision_list_for_cooperative,
    revision_list_for_staff,
    seller_low_stock,
    seller_orders_today,
)

Line = get_model("order", "Line")
OrderPart = get_model("order", "OrderPart")


def _revenue(lines, parts) -> Decimal:
    """A cooperative's takings: its own lines and its own shipping charges, never the totals of
    whole orders that other cooperatives share."""
    goods = lines.aggregate(total=Sum("line_price_incl_tax"))["total"] or Decimal("0")
    shipping = parts.aggregate(total=Sum("shipping_incl_tax"))["total"] or Decimal("0")
    return goods + shipping


class IndexView(views.IndexView):
    """The dashboard's start page: the platform admin gets Oscar's shop-wide figures; province
    staff their queues; a seller its own takings, today's orders, low stock and its listings
    under review."""

    def get_template_names(self):
        user = self.request.user
        if user.is_superuser:
            return ["oscar/dashboard/index.html"]
        if user.is_staff:
            return ["oscar/dashboard/index_staff.html"]
        return ["oscar/dashboard/index_seller.html"]

    def get_context_data(self, **kwargs):
        user = self.request.user
        if user.is_superuser:
            return super().get_context_data(**kwargs)
        context = super(views.IndexView, self).get_context_data(**kwargs)
        if user.is_staff:
            if is_province_staff(user):
                context.update(
                    applications=application_list_for_staff(
                        user=user, status=CooperativeApplication.Status.SUBMITTED
                    )[:10],
                    revisions=revision_list_for_staff(user=user)[:10],
                )
            return context
        cooperative = cooperative_for_user(user=user)
        context["cooperative"] = cooperative
        if cooperative is not None:
            lines = Line.objects.filter(partner=cooperative.partner_id)
            parts = OrderPart.objects.filter(partner=cooperative.partner_id)
            since = now() - timedelta(hours=24)
            context.update(
                total_revenue=_revenue(lines, parts),
                total_revenue_last_day=_revenue(
                    lines.filter(order__date_placed__gt=since),
                    parts.filter(order__date_placed__gt=since),
                ),
                orders_today=seller_orders_today(cooperative=cooperative),
                low_stock=seller_low_stock(cooperative=cooperative),
                pending=revision_list_for_cooperative(
                    cooperative=cooperative, status=ListingRevision.Status.PENDING
                ),
                rejected=revision_list_for_cooperative(
                    cooperative=cooperative, status=ListingRevision.Status.REJECTED
                ),
            )
        return context
