"""Oscar's checkout for Vietnam: a Vietnamese address, per-cooperative shipping, the payment
methods of settings.CHECKOUT_PAYMENT_METHODS and stock checked under row locks."""

import logging

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views import generic
from oscar.apps.checkout import views
from oscar.apps.payment.exceptions import PaymentError, UnableToTakePayment
from oscar.core.loading import get_class

from shop.address.forms import REFRESH_COMMUNES
from shop.order.exceptions import StockUnavailable
from shop.order.selectors import order_parts_with_lines
from shop.order.services import order_placed_notify
from shop.shipping.selectors import basket_groups

from .forms import PaymentMethodForm
from .selectors import payment_method_for_order, payment_methods_available

CheckoutSessionMixin = get_class("checkout.session", "CheckoutSessionMixin")

logger = logging.getLogger("oscar.checkout")

IndexView = views.IndexView
ShippingMethodView = views.ShippingMethodView
UserAddressDeleteView = views.UserAddressDeleteView


class BasketGroupsMixin:
    """The basket's lines grouped by cooperative, with shipping to the chosen province."""

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        address = self.get_shipping_address(self.request.basket)
        ctx["basket_groups"] = basket_groups(
            basket=self.request.basket, province=getattr(address, "province", None)
        )
        return ctx


class RefreshCommunesMixin:
    """Without JavaScript, "show communes" posts the form: show it again with the province's
    communes, keeping what was typed, instead of saving it."""

    def post(self, request, *args, **kwargs):
        if REFRESH_COMMUNES in request.POST:
            if hasattr(self, "get_object"):
                self.object = self.get_object()
            form_kwargs = self.get_form_kwargs()
            data = form_kwargs.pop("data").dict()
            form_kwargs.pop("files", None)
            form_kwargs["initial"] = {**form_kwargs.get("initial", {}), **data}
            form = self.get_form_class()(**form_kwargs)
            return self.render_to_response(self.get_context_data(form=form))
        return super().post(request, *args, **kwargs)


class ShippingAddressView(RefreshCommunesMixin, BasketGroupsMixin, views.ShippingAddressView):
    def get_initial(self):
        initial = super().get_initial() or {}
        if not initial and self.request.user.is_authenticated:
            initial = {"first_name": self.request.user.get_full_name()}
        return initial

    def post(self, request, *args, **kwargs):
        if request.user.is_authenticated and "address_id" in request.POST:
            return views.ShippingAddressView.post(self, request, *args, **kwargs)
        return super().post(request, *args, **kwargs)


class UserAddressUpdateView(RefreshCommunesMixin, views.UserAddressUpdateView):
    pass


class PaymentMethodView(BasketGroupsMixin, CheckoutSessionMixin, generic.FormView):
    """Lists the methods available to this shopper, cash on delivery chosen first."""

    template_name = "oscar/checkout/payment_method.html"
    form_class = PaymentMethodForm
    success_url = reverse_lazy("checkout:preview")
    pre_conditions = [
        "check_basket_is_not_empty",
        "check_basket_is_valid",
        "check_user_email_is_captured",
        "check_shipping_data_is_captured",
    ]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["methods"] = payment_methods_available(request=self.request)
        chosen = self.checkout_session.payment_method()
        if chosen:
            kwargs["initial"] = {"method": chosen}
        return kwargs

    def form_valid(self, form):
        self.checkout_session.pay_by(form.cleaned_data["method"])
        user = self.request.user
        form.record_privacy_consent(
            email=user.email if user.is_authenticated else self.checkout_session.get_guest_email(),
            purpose="checkout",
            user=user,
            request=self.request,
        )
        return super().form_valid(form)


class PaymentDetailsView(BasketGroupsMixin, views.PaymentDetailsView):
    """No details to enter for our methods: straight to the preview, where the order is placed
    with the chosen method's handle_payment."""

    pre_conditions = views.PaymentDetailsView.pre_conditions + ["check_payment_method_is_chosen"]

    def get(self, request, *args, **kwargs):
        if not self.preview:
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["payment_method"] = self.get_payment_method()
        return ctx

    def handle_payment(self, order_number, total, **kwargs):
        try:
            self.get_payment_method().handle_payment(
                view=self, order_number=order_number, total=total, **kwargs
            )
        except PaymentError as error:
            # The method's own (Vietnamese) message is for the shopper: Oscar shows the message
            # of UnableToTakePayment, and replaces a PaymentError's with a generic one.
            raise UnableToTakePayment(str(error)) from error

    def render_payment_details(self, request, **kwargs):
        """There is no payment details page: a refused payment shows on the preview."""
        return self.render_preview(request, **kwargs)

    def handle_order_placement(self, *args, **kwargs):
        try:
            with transaction.atomic():
                return super().handle_order_placement(*args, **kwargs)
        except StockUnavailable as error:
            self.restore_frozen_basket()
            for message in error.messages:
                messages.error(self.request, message)
            return redirect("basket:summary")

    def handle_successful_order(self, order):
        # Ask the method before Oscar flushes the checkout session that remembers it.
        method = self.get_payment_method()
        self._next_url = method.next_url(order=order) if method else None
        return super().handle_successful_order(order)

    def get_success_url(self):
        return getattr(self, "_next_url", None) or super().get_success_url()

    def get_message_context(self, order):
        ctx = super().get_message_context(order)
        ctx["payment_method"] = self.get_payment_method()
        return ctx

    def send_order_placed_email(self, order):
        """E-mails go out once the order is committed, never from inside its transaction."""
        context = self.get_message_context(order)
        transaction.on_commit(
            lambda: order_placed_notify(order=order, context=context), robust=True
        )


class ThankYouView(views.ThankYouView):
    def get_context_data(self, *args, **kwargs):
        ctx = super().get_context_data(*args, **kwargs)
        ctx["payment_method"] = payment_method_for_order(order=ctx["order"])
        ctx["order_parts"] = order_parts_with_lines(order=ctx["order"])
        return ctx
