from oscar.apps.dashboard.catalogue import mixins

from cooperatives.selectors import cooperative_for_user


def seller_cooperative(user):
    """The cooperative whose products a dashboard user works on; None for staff, who see all."""
    return None if user.is_staff else cooperative_for_user(user=user)


class PartnerProductFilterMixin(mixins.PartnerProductFilterMixin):
    def filter_queryset(self, queryset):
        """A seller sees its own cooperative's products only (a variant through its parent);
        anything else is a 404. Staff see every product."""
        user = self.request.user
        if user.is_staff:
            return queryset
        cooperative = seller_cooperative(user)
        if cooperative is None:
            return queryset.none()
        return queryset.filter(cooperative=cooperative) | queryset.filter(
            parent__cooperative=cooperative
        )


class ProductBulkActionMixin(mixins.ProductBulkActionMixin):
    def get_actions(self):
        # Bulk publishing and repricing would skip moderation.
        return super().get_actions() if self.request.user.is_staff else {}
