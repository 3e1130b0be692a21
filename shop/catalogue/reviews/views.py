from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from oscar.apps.catalogue.reviews import views
from oscar.apps.catalogue.reviews.views import *  # noqa: F401,F403

from shop.order.selectors import product_received_by


class CreateProductReview(views.CreateProductReview):
    """Only a shopper who has received the product may review it; the review says so."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            product = get_object_or_404(self.product_model, pk=kwargs["product_pk"])
            if not product.has_review_by(request.user) and not product_received_by(
                product=product, user=request.user
            ):
                messages.warning(
                    request, _("Only shoppers who have received this product can review it.")
                )
                return redirect(product.get_absolute_url())
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        form.instance.is_verified_purchase = True
        return super().form_valid(form)
