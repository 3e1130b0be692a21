from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .viewsets import (
    category_chooser_viewset,
    cooperative_chooser_viewset,
    product_chooser_viewset,
)


@hooks.register("register_admin_viewset")
def register_product_chooser():
    return product_chooser_viewset


@hooks.register("register_admin_viewset")
def register_category_chooser():
    return category_chooser_viewset


@hooks.register("register_admin_viewset")
def register_cooperative_chooser():
    return cooperative_chooser_viewset


@hooks.register("insert_global_admin_js")
def admin_init_script():
    """Starts the widgets and panels that cms.widgets and templates/wagtailadmin render without
    an inline script."""
    return format_html('<script src="{}"></script>', static("cms/js/admin-init.js"))
