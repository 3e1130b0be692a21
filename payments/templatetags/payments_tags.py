from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from payments import vietqr
from payments.selectors import order_transfer_details

register = template.Library()


@register.simple_tag
def bank_transfer_details(order):
    """The account, exact amount, transfer note and VietQR payload of an order's transfer."""
    return order_transfer_details(order=order)


@register.filter
def transfer_note(order_number):
    return vietqr.transfer_note(order_number=order_number)


@register.simple_tag
def vietqr_svg(details):
    # segno writes the SVG from the payload alone (no text of the page goes into it but the
    # title, which segno escapes), so it is safe to insert as markup.
    return mark_safe(vietqr.qr_svg(details.payload, title=_("VietQR code for the bank transfer")))


@register.simple_tag(takes_context=True)
def order_payment_url(context, url_name, order):
    """The absolute URL of one of the order's payment pages, with the order's key in it.

    Absolute so that it also works in e-mails, which are rendered without a request.
    """
    path = reverse(url_name, kwargs={"order_number": order.number})
    path = f"{path}?{urlencode({'key': order.verification_hash()})}"
    request = context.get("request")
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
