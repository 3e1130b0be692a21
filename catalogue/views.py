import re

from django.views.generic import TemplateView
from oscar.apps.catalogue import views

from cooperatives.models import Cooperative
from pagecache.dependencies import page_depends_on, product_tag

from .cards import CardIds
from .selectors import product_category_path, product_for_page, product_ids_public

_ID = re.compile(r"\d{1,10}")
RECENTLY_VIEWED_SHOWN = 5  # as many as Oscar's product page showed


class ProductDetailView(views.ProductDetailView):
    """A product is shown while its cooperative is approved: a suspended cooperative's listings
    leave the storefront at once. Staff, and the cooperative's own sellers, may still look at
    it (a listing awaiting review, for instance)."""

    def get_queryset(self):
        return product_for_page()

    def is_viewable(self, product, request):
        user = request.user
        owner = product.parent or product
        cooperative = owner.cooperative
        if user.is_staff or (
            user.is_authenticated
            and cooperative is not None
            and Cooperative.objects.filter(pk=cooperative.pk, partner__users=user).exists()
        ):
            return True
        approved = cooperative is not None and cooperative.status == Cooperative.Status.APPROVED
        return approved and super().is_viewable(product, request)

    def get_context_data(self, **kwargs):
        # A change to the product, a variant, its stock, pictures, lots or cooperative drops
        # the cached page (shop/invalidation.py drops the parent's with a variant's).
        page_depends_on(product_tag(self.object.pk))
        return super().get_context_data(
            category_path=product_category_path(product=self.object), **kwargs
        )


class RecentlyViewedView(TemplateView):
    """The cards of the products a shopper viewed last, asked by the product page's script
    (static/js/recently-viewed.js) with the ids their browser kept (`?ids=12,7,3`, the latest
    first): those a shopper may still see, in that order, at most RECENTLY_VIEWED_SHOWN.
    Nothing when none is left."""

    template_name = "oscar/catalogue/partials/recently_viewed.html"

    def get_context_data(self, **kwargs):
        asked = list(dict.fromkeys(int(pk) for pk in _ID.findall(self.request.GET.get("ids", ""))))
        asked = asked[:RECENTLY_VIEWED_SHOWN]
        public = set(product_ids_public().filter(pk__in=asked))
        shown = tuple(pk for pk in asked if pk in public)
        return super().get_context_data(products=CardIds(ids=shown, highlights={}), **kwargs)
