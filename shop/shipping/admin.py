from django.contrib import admin
from oscar.apps.shipping.admin import *  # noqa: F401,F403

from .models import CooperativeShippingRate


@admin.register(CooperativeShippingRate)
class CooperativeShippingRateAdmin(admin.ModelAdmin):
    list_display = [
        "partner",
        "flat_fee",
        "inner_region_fee",
        "outer_region_fee",
        "free_shipping_threshold",
    ]
    search_fields = ["partner__name"]
