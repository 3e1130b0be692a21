from oscar.apps.catalogue import views

from cooperatives.models import Cooperative


class ProductDetailView(views.ProductDetailView):
    """A product is shown while its cooperative is approved: a suspended cooperative's listings
    leave the storefront at once. Staff, and the cooperative's own sellers, may still look at
    it (a listing awaiting review, for instance)."""

    def is_viewable(self, product, request):
        user = request.user
        owner = product.parent or product
        cooperative_id = owner.cooperative_id
        if user.is_staff or (
            user.is_authenticated
            and cooperative_id
            and Cooperative.objects.filter(pk=cooperative_id, partner__users=user).exists()
        ):
            return True
        approved = (
            cooperative_id is not None
            and Cooperative.objects.filter(
                pk=cooperative_id, status=Cooperative.Status.APPROVED
            ).exists()
        )
        return approved and super().is_viewable(product, request)
