from django.shortcuts import get_object_or_404
from django.views.generic import FormView
from oscar.apps.basket import views as oscar_views
from oscar.apps.basket.views import *  # noqa: F401,F403

from catalogue.selectors import product_to_buy


class BasketAddView(oscar_views.BasketAddView):
    """Oscar's add to basket, reading the product with what the form and the strategy need of it
    in one go (catalogue.selectors.product_to_buy)."""

    def post(self, request, *args, **kwargs):
        self.product = get_object_or_404(product_to_buy(), pk=kwargs["pk"])
        # Oscar's post only loads the product (without what it reads next), then does this.
        return FormView.post(self, request, *args, **kwargs)
