from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.reviews.abstract_models import AbstractProductReview


class ProductReview(AbstractProductReview):
    """Oscar's review, marked when its author bought and received the product here."""

    is_verified_purchase = models.BooleanField(_("Bought here"), default=False)


from oscar.apps.catalogue.reviews.models import *  # noqa: E402,F401,F403
