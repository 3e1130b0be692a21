from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import ListView, TemplateView
from oscar.core.loading import get_model

from . import gateway, services, vietqr
from .methods import BankTransfer
from .selectors import (
    BANK_TRANSFER,
    CARD,
    order_card_source,
    order_for_buyer,
    order_get,
    order_has_source,
    order_transfer_details,
    order_with_key,
    source_is_paid,
    transfer_orders_unpaid,
)

Order = get_model("order", "Order")


class StaffRequiredMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Staff only: anonymous visitors go to the login page, signed-in shoppers get 403."""

    def test_func(self):
        return self.request.user.is_staff


class TransferListView(StaffRequiredMixin, ListView):
    """Orders waiting for their bank transfer, for staff to tick off against the bank statement."""

    template_name = "payments/dashboard/transfer_list.html"
    context_object_name = "orders"
    paginate_by = 25

    def get_queryset(self):
        return transfer_orders_unpaid()


class TransferMarkReceivedView(StaffRequiredMixin, View):
    def post(self, request, order_number):
        try:
            order = order_get(number=order_number)
        except Order.DoesNotExist as exc:
            raise Http404 from exc
        try:
            marked = services.transfer_mark_received(order=order, received_by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            if marked:
                messages.success(
                    request, _("Order %(number)s is marked paid.") % {"number": order.number}
                )
            else:
                messages.info(
                    request, _("Order %(number)s was already paid.") % {"number": order.number}
                )
        return redirect("payments:transfer-list")


class BuyerOrderMixin:
    """The order of the URL, for its buyer only (404 for anyone else), with its source.

    A signed-out shopper who follows the link of a registered buyer's e-mail signs in first.
    """

    source_code: str

    def dispatch(self, request, *args, **kwargs):
        number = kwargs["order_number"]
        self.order = order_for_buyer(number=number, request=request)
        key = request.GET.get("key", "")
        if self.order is None and not request.user.is_authenticated:
            keyed = order_with_key(number=number, key=key)
            if keyed is not None and keyed.user_id is not None:
                return redirect_to_login(request.get_full_path())
        if self.order is None or not order_has_source(order=self.order, code=self.source_code):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class TransferDetailView(BuyerOrderMixin, TemplateView):
    """How to pay an order by bank transfer (the VietQR and the details), for its buyer."""

    template_name = "payments/transfer.html"
    source_code = BANK_TRANSFER

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            order=self.order,
            paid=source_is_paid(order=self.order, code=BANK_TRANSFER),
            confirmation_template=BankTransfer.confirmation_template,
            **kwargs,
        )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class CardPaymentView(BuyerOrderMixin, TemplateView):
    """The page where the buyer of an order enters the card (Stripe's card Element)."""

    template_name = "payments/card.html"
    source_code = CARD

    def render_to_response(self, context, **kwargs):
        """The page's Content-Security-Policy also lets in the Stripe.js and API servers the
        settings name (Stripe's own, or localstripe in tests), for the script and its frames."""
        response = super().render_to_response(context, **kwargs)
        stripe_js = _origin(settings.STRIPE_JS_URL)
        api = _origin(settings.STRIPE_API_BASE or "https://api.stripe.com")
        response._csp_update = {
            "script-src": [stripe_js],
            "frame-src": [stripe_js, api],
            "connect-src": [stripe_js, api],
        }
        return response

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(order=self.order, **kwargs)
        ctx["paid"] = source_is_paid(order=self.order, code=CARD)
        if ctx["paid"]:
            return ctx
        try:
            intent = gateway.intent_retrieve(
                intent_id=order_card_source(order=self.order).reference
            )
        except gateway.GatewayError as exc:
            ctx["error"] = exc.message
            return ctx
        if intent.succeeded:
            # The shopper is back from paying: record it now rather than wait for the webhook.
            services.card_payment_mark_paid(intent=intent)
            ctx["paid"] = True
            return ctx
        if intent.status == "canceled":
            ctx["error"] = _(
                "This card payment was cancelled. Contact us if you still want the order."
            )
            return ctx
        if intent.error_code:
            ctx["error"] = gateway.decline_message(intent.error_code)
        key = self.request.GET.get("key")
        ctx.update(
            client_secret=intent.client_secret,
            publishable_key=settings.STRIPE_PUBLISHABLE_KEY,
            stripe_js_url=settings.STRIPE_JS_URL,
            return_url=self.request.path + (f"?{urlencode({'key': key})}" if key else ""),
        )
        return ctx


@method_decorator(csrf_exempt, name="dispatch")
class StripeWebhookView(View):
    """Stripe's events, verified by their signature; each handled once."""

    def post(self, request):
        try:
            event = gateway.webhook_event(
                payload=request.body, signature=request.headers.get("Stripe-Signature", "")
            )
        except gateway.SignatureError:
            return HttpResponseBadRequest("invalid signature")
        services.stripe_event_process(event=event)
        return HttpResponse(status=200)


class TransferQRImageView(View):
    """The VietQR of an order as a PNG, for the confirmation e-mail (needs the order's key)."""

    def get(self, request, order_number):
        order = order_with_key(number=order_number, key=request.GET.get("key", ""))
        if order is None or not order_has_source(order=order, code=BANK_TRANSFER):
            raise Http404
        details = order_transfer_details(order=order)
        response = HttpResponse(vietqr.qr_png(details.payload), content_type="image/png")
        response["Cache-Control"] = "private, max-age=86400"
        return response
