"""Wagtail choosers for Oscar's products and categories, so staff can pick them in pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    per_page = 20

    def get_object_list(self):
        return self.model_class.objects.filter(is_public=True).exclude(structure="child")


class CategoryChooserViewSet(ChooserViewSet):
    model = "catalogue.Category"
    icon = "folder-open-inverse"
    choose_one_text = _("Choose a category")
    choose_another_text = _("Choose another category")
    per_page = 30

    def get_object_list(self):
        return self.model_class.objects.filter(is_public=True).order_by("path")


product_chooser_viewset = ProductChooserViewSet("product_chooser")
category_chooser_viewset = CategoryChooserViewSet("category_chooser")
