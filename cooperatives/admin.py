"""Django's admin holds only the staff's province assignments: cooperatives are registered,
approved, suspended and classified through the services, in the dashboard's staff area
(/dashboard/province/), where every decision has its reason and history."""

from django.contrib import admin

from .models import StaffProvince


@admin.register(StaffProvince)
class StaffProvinceAdmin(admin.ModelAdmin):
    list_display = ("user", "province")
    list_filter = ("province",)
    search_fields = ("user__email", "user__first_name", "user__last_name")
    autocomplete_fields = ("user",)
