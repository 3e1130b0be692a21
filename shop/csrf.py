"""CSRF for pages shared between visitors. Their forms carry an empty token field
(pagecache.middleware.PublicCacheMiddleware shares such pages): static/js/csrf.js asks
`csrf_token` for one before a form is sent. Without JavaScript the first add to the basket (or
stock alert) arrives without a token: `csrf_failure` refuses it, as every such POST, but asks the
shopper to confirm it on a page that carries their token."""

from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views import csrf
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from catalogue.models import Product

# The actions a shared page's forms send, which a shopper may confirm after a CSRF refusal:
# URL name -> (question, button). Each names the product by its `pk` argument.
CONFIRMABLE = {
    "basket:add": (_("Add “%(product)s” to your basket?"), _("Add to basket")),
    "customer:alert-create": (
        _("Be told when “%(product)s” is back in stock?"),
        _("Notify me"),
    ),
}
MAX_FIELDS, MAX_VALUE = 20, 500


@never_cache
@require_GET
def csrf_token(request):
    """The visitor's token; the response also sets the CSRF cookie when there was none."""
    return JsonResponse({"token": get_token(request)})


def csrf_failure(request, reason=""):
    """Django's refusal (403), which for a confirmable action shows the product and a form to
    send it again with the visitor's token (set in a cookie with this answer). Nothing of the
    refused POST is done; the shopper sees what they confirm."""
    match = request.resolver_match
    action = CONFIRMABLE.get(match.view_name) if match is not None else None
    product = (
        Product.objects.filter(pk=match.kwargs.get("pk")).first()
        if action and str(match.kwargs.get("pk", "")).isdigit()
        else None
    )
    if product is None:
        return csrf.csrf_failure(request, reason)
    question, button = action
    fields = [
        (name, value[:MAX_VALUE])
        for name, value in list(request.POST.items())[:MAX_FIELDS]
        if name not in ("csrfmiddlewaretoken", "next")
    ]
    # Back where the shopper pressed the button (the answer would otherwise go back to this
    # page's own address, which only takes a POST).
    came_from = request.POST.get("next") or request.headers.get("Referer", "")
    safe = url_has_allowed_host_and_scheme(
        came_from, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    fields.append(("next", came_from if safe else product.get_absolute_url()))
    context = {
        "product": product,
        "question": question % {"product": product.get_title()},
        "button": button,
        "fields": fields,
    }
    return render(request, "csrf_confirm.html", context, status=403)
