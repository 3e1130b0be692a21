from django.contrib import admin
from oscar.apps.catalogue.admin import *  # noqa: F401,F403

from .models import Certification


@admin.register(Certification)
class CertificationAdmin(admin.ModelAdmin):
    list_display = ("name", "code")
    prepopulated_fields = {"code": ("name",)}
