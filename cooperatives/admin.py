from django.contrib import admin

from .models import Cooperative


@admin.register(Cooperative)
class CooperativeAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "province", "status", "classification", "created_at")
    list_filter = ("status", "kind", "classification", "is_agricultural", "province")
    search_fields = ("name", "tax_code", "representative", "email")
    readonly_fields = ("partner", "approved_at", "approved_by", "created_at", "updated_at")
    prepopulated_fields = {"slug": ("name",)}
