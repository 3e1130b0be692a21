from django.utils.translation import pgettext_lazy
from django_tables2 import TemplateColumn
from oscar.apps.dashboard.catalogue import tables


class ProductTable(tables.ProductTable):
    """Oscar's product list with where each listing stands in moderation."""

    review = TemplateColumn(
        verbose_name=pgettext_lazy("listing moderation", "Review"),
        template_name="oscar/dashboard/catalogue/product_row_review.html",
        orderable=False,
    )
