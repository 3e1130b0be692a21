from django import template

from shop.checkout.selectors import payment_method_for_order
from shop.order.selectors import order_is_paid as order_is_paid_select
from shop.order.selectors import order_parts_with_lines

register = template.Library()


@register.simple_tag
def order_parts(order):
    """Each cooperative's part of the order, with its lines."""
    return order_parts_with_lines(order=order)


@register.simple_tag
def order_is_paid(order):
    return order_is_paid_select(order=order)


@register.simple_tag
def order_payment_method(order):
    return payment_method_for_order(order=order)
