from django.contrib import admin
from oscar.apps.order.admin import *  # noqa: F401,F403

from .models import OrderPart, OrderPartEvent


class OrderPartEventInline(admin.TabularInline):
    model = OrderPartEvent
    extra = 0
    readonly_fields = ["status", "note", "user", "date_created"]
    can_delete = False


@admin.register(OrderPart)
class OrderPartAdmin(admin.ModelAdmin):
    """Read-only: parts move through the dashboard, which keeps stock and e-mails right."""

    list_display = ["order", "partner", "status", "shipping_incl_tax", "cod_received"]
    list_filter = ["status"]
    search_fields = ["order__number", "partner__name"]
    inlines = [OrderPartEventInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
