from django import template

from shop.shipping.selectors import basket_groups as basket_groups_select

register = template.Library()


@register.simple_tag
def basket_groups(basket, province=None):
    """The basket's lines by cooperative, with each group's shipping fee and subtotal."""
    return basket_groups_select(basket=basket, province=province)
