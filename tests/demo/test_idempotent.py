"""Running `load_demo_data` again leaves the same data."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

from catalogue.models import Product
from cooperatives.models import Cooperative
from demo.services import product_spec

pytestmark = pytest.mark.django_db

COUNTED = [
    "auth.User",
    "auth.Group",
    "catalogue.Category",
    "catalogue.Certification",
    "catalogue.Product",
    "catalogue.ProductCategory",
    "catalogue.ProductImage",
    "partner.Partner",
    "partner.StockRecord",
    "analytics.ProductRecord",
    "reviews.ProductReview",
    "cooperatives.Cooperative",
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.Site",
    "wagtailimages.Image",
]


def load(products: int) -> str:
    output = StringIO()
    with override_settings(DEBUG=True):  # the demo's published passwords
        call_command("load_demo_data", products=products, stdout=output, stderr=output)
    return output.getvalue()


def snapshot() -> dict:
    return {
        "counts": {label: apps.get_model(label).objects.count() for label in COUNTED},
        "products": list(
            Product.objects.order_by("upc").values_list(
                "upc",
                "slug",
                "ocop_stars",
                "rating",
                "stockrecords__price",
                "stockrecords__num_in_stock",
                "stats__num_purchases",
            )
        ),
        "cooperatives": list(
            Cooperative.objects.order_by("slug").values_list(
                "slug", "tax_code", "phone", "status", "commune", "logo"
            )
        ),
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
    }


def test_running_twice_leaves_the_same_data_and_keeps_existing_pictures(settings):
    settings.SEARCH_ENABLED = False
    picture = product_spec(0).picture_path
    default_storage.delete(picture)

    load(products=15)
    first, drawn_at = snapshot(), default_storage.get_modified_time(picture)
    load(products=15)

    assert snapshot() == first
    assert first["counts"]["catalogue.Product"] == 15
    assert first["counts"]["wagtailcore.Site"] == 1
    assert default_storage.get_modified_time(picture) == drawn_at
