"""The shopper's side after an order: a guest finds an order by number and e-mail, and a shopper
cancels a cooperative's part that is not confirmed yet."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import generic
from oscar.core.loading import get_model

from .forms import OrderLookupForm, OrderPartCancelForm
from .selectors import order_find_for_guest
from .services import order_part_cancel_by_shopper

Order = get_model("order", "Order")

GUEST_EMAIL_SESSION_KEY = "anon_order_email"  # what Oscar's guest order page reads


def _guest_order_url(order) -> str:
    return reverse(
        "customer:anon-order",
        kwargs={"order_number": order.number, "hash": order.verification_hash()},
    )


class OrderLookupView(generic.FormView):
    form_class = OrderLookupForm
    template_name = "oscar/customer/order/lookup.html"

    def form_valid(self, form):
        order = order_find_for_guest(
            number=form.cleaned_data["number"], email=form.cleaned_data["email"]
        )
        if order is None:
            form.add_error(
                None,
                _("No order has this number and e-mail. Check both in your confirmation e-mail."),
            )
            return self.form_invalid(form)
        self.request.session[GUEST_EMAIL_SESSION_KEY] = order.guest_email
        return redirect(_guest_order_url(order))


class OrderPartCancelView(generic.View):
    """POST only. The buyer (signed in, or a guest who looked the order up) cancels a part."""

    def post(self, request, number):
        order = get_object_or_404(Order, number=number)
        if order.user_id:
            if order.user_id != request.user.pk:
                raise Http404
            back = reverse("customer:order", kwargs={"order_number": order.number})
        else:
            if request.session.get(GUEST_EMAIL_SESSION_KEY) != order.guest_email:
                raise Http404
            back = _guest_order_url(order)
        form = OrderPartCancelForm(request.POST)
        if not form.is_valid():
            raise Http404
        part = get_object_or_404(order.parts, pk=form.cleaned_data["part"])
        try:
            order_part_cancel_by_shopper(
                part=part,
                reason=form.cleaned_data["reason"],
                by=request.user if request.user.is_authenticated else None,
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("This part of your order is cancelled."))
        return redirect(back)
