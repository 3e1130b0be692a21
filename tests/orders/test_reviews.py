"""Only a shopper who received a product may review it; the review is marked and moderated."""

import pytest
from django.conf import settings
from django.urls import reverse
from oscar.core.loading import get_model

from shop.order.services import order_part_status_set
from tests.factories import UserFactory

from .conftest import basket_add, checkout_to_preview, place_order

Order = get_model("order", "Order")
ProductReview = get_model("reviews", "ProductReview")

pytestmark = pytest.mark.django_db

REVIEW = {"title": "Thơm ngon", "score": 5, "body": "Cà phê đậm vị, giao nhanh."}


def review_url(product):
    return reverse(
        "catalogue:reviews-add", kwargs={"product_slug": product.slug, "product_pk": product.pk}
    )


def test_reviews_are_moderated_and_never_anonymous():
    assert settings.OSCAR_MODERATE_REVIEWS is True
    assert settings.OSCAR_ALLOW_ANON_REVIEWS is False


def test_only_a_shopper_who_received_the_product_may_review_it(client, two_cooperatives):
    product = two_cooperatives["a"]["product"]
    shopper = UserFactory(email="binh@example.com")
    client.force_login(shopper)

    assert client.post(review_url(product), REVIEW).status_code == 302
    assert not ProductReview.objects.exists()

    basket_add(client, product)
    checkout_to_preview(client, email=None)
    place_order(client)
    part = Order.objects.get().parts.get()
    client.post(review_url(product), REVIEW)
    assert not ProductReview.objects.exists()  # bought, not received yet

    for status in ("confirmed", "shipping", "delivered"):
        order_part_status_set(part=part, status=status)
    client.post(review_url(product), REVIEW)
    review = ProductReview.objects.get()
    assert review.is_verified_purchase
    assert review.status == ProductReview.FOR_MODERATION

    review.status = ProductReview.APPROVED
    review.save()
    page = client.get(product.get_absolute_url()).content.decode()
    assert "Đã mua hàng" in page


def test_anonymous_visitors_cannot_review(client, two_cooperatives):
    product = two_cooperatives["a"]["product"]
    client.post(review_url(product), {**REVIEW, "name": "Khách", "email": "k@example.com"})
    assert not ProductReview.objects.exists()
