"""Staff see account deletion requests (read-only) in Wagtail's admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import ModelPermissionPolicy, register_permission_policy

from .models import DeletionRequest


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Requests are made by users and completed by the service; staff only read them."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, "view")


class DeletionRequestViewSet(ModelViewSet):
    model = DeletionRequest
    icon = "user"
    menu_label = _("Deletion requests")
    add_to_admin_menu = True
    menu_order = 900
    inspect_view_enabled = True
    list_display = ["account_reference", "status", "requested_at", "completed_at", "orders_kept"]
    list_filter = ["status"]
    inspect_view_fields = [
        "account_reference",
        "status",
        "reason",
        "requested_at",
        "completed_at",
        "orders_kept",
    ]
    form_fields = ["reason"]


register_permission_policy(DeletionRequest, ReadOnlyPermissionPolicy(DeletionRequest))


@hooks.register("register_admin_viewset")
def register_deletion_requests():
    return DeletionRequestViewSet("deletion_requests")
