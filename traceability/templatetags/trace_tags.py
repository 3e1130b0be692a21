from django import template

from catalogue.models import Product

from .. import selectors

register = template.Library()


@register.simple_tag
def product_trace_path(product: Product) -> str:
    """The product's public trace page: its GS1 Digital Link path, or its short path."""
    return selectors.product_trace_path(product=product)
