from celery import current_app
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import FailedTask
from .tasks import task_send


@admin.register(FailedTask)
class FailedTaskAdmin(admin.ModelAdmin):
    list_display = ["task_name", "exception", "retries", "failed_at"]
    list_filter = ["task_name"]
    search_fields = ["task_id", "task_name", "exception"]
    date_hierarchy = "failed_at"
    readonly_fields = [field.name for field in FailedTask._meta.fields]
    actions = ["send_again"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Run the selected tasks again"), permissions=["delete"])
    def send_again(self, request, queryset):
        """Sends each task anew with its arguments and drops its record; if it fails for good
        again, a new record appears."""
        count = 0
        for failed in queryset:
            task_send(current_app.tasks[failed.task_name], *failed.args, **failed.kwargs)
            failed.delete()
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d task sent again.", "%(count)d tasks sent again.", count)
            % {"count": count},
            messages.SUCCESS,
        )
