"""Oscar's order dashboard, made strict for a marketplace.

Province staff (is_staff) get Oscar's views, with each cooperative's part shown. A seller gets
its own pages instead: the list of its parts and, per order, only its own lines, shipping
charge, status and the delivery address; never another cooperative's lines, totals or notes.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import DecimalField, OuterRef, Subquery, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import generic
from oscar.apps.dashboard.orders import views
from oscar.apps.dashboard.orders.views import *  # noqa: F401,F403
from oscar.core.loading import get_model

from cooperatives.selectors import staff_province_codes
from shop.order.selectors import order_is_paid, order_list_for_staff, order_parts_with_lines
from shop.order.services import order_part_cod_record, order_part_status_set
from shop.shipping.selectors import shipping_rate_for

from .forms import CodReceivedForm, OrderPartStatusForm, ShippingRateForm

Line = get_model("order", "Line")
Order = get_model("order", "Order")
OrderPart = get_model("order", "OrderPart")
Partner = get_model("partner", "Partner")


class StaffOnlyMixin:
    """Oscar's pages that show a whole order: province staff only, and only for orders of their
    provinces' cooperatives."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_object(self, queryset=None):
        orders = Order.objects.filter(number=self.kwargs["number"])
        if not order_list_for_staff(user=self.request.user, orders=orders).exists():
            raise Http404
        return super().get_object(queryset)


def parts_for_user(user):
    """The parts a person may work on: those of the staff member's provinces (every part for the
    platform admin), its cooperative's for a seller."""
    parts = OrderPart.objects.select_related("order", "order__shipping_address", "partner")
    if not user.is_staff:
        return parts.filter(partner__users=user)
    provinces = staff_province_codes(user=user)
    if provinces is None:
        return parts
    return parts.filter(partner__cooperative__province__in=provinces)


class SellerOrderListView(generic.ListView):
    template_name = "oscar/dashboard/orders/seller_order_list.html"
    context_object_name = "parts"
    paginate_by = 20

    def get_queryset(self):
        goods = (
            Line.objects.filter(order=OuterRef("order"), partner=OuterRef("partner"))
            .order_by()
            .values("order")
            .annotate(total=Sum("line_price_incl_tax"))
            .values("total")
        )
        parts = parts_for_user(self.request.user).annotate(
            goods_total_sum=Subquery(goods, output_field=DecimalField())
        )
        status = self.request.GET.get("status")
        if status in OrderPart.Status.values:
            parts = parts.filter(status=status)
        return parts.order_by("-order__date_placed", "-pk")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["statuses"] = OrderPart.Status.choices
        ctx["status"] = self.request.GET.get("status", "")
        return ctx


class OrderListView(views.OrderListView):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff:
            return SellerOrderListView.as_view()(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        self.base_queryset = order_list_for_staff(user=self.request.user, orders=self.base_queryset)
        return super().get_queryset()


class OrderPartDetailView(generic.TemplateView):
    """One cooperative's part of an order: its lines, address, status and cash received."""

    template_name = "oscar/dashboard/orders/order_part_detail.html"

    def get_part(self):
        parts = parts_for_user(self.request.user).filter(order__number=self.kwargs["number"])
        if "pk" in self.kwargs:
            return get_object_or_404(parts, pk=self.kwargs["pk"])
        part = parts.order_by("pk").first()
        if part is None:
            raise Http404
        return part

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        part = self.part
        ctx.update(
            part=order_parts_with_lines(order=part.order, partner=part.partner)[0],
            order=part.order,
            address=part.order.shipping_address,
            is_paid=order_is_paid(order=part.order),
            status_form=kwargs.get("status_form") or OrderPartStatusForm(part=part),
            cod_form=kwargs.get("cod_form")
            or CodReceivedForm(initial={"amount": int(part.cod_received or part.total)}),
        )
        return ctx

    def get(self, request, *args, **kwargs):
        self.part = self.get_part()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.part = part = self.get_part()
        action = request.POST.get("action")
        try:
            if action == "status":
                form = OrderPartStatusForm(request.POST, part=part)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(status_form=form))
                order_part_status_set(
                    part=part,
                    status=form.cleaned_data["status"],
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                )
                messages.success(request, _("The part's status was updated."))
            elif action == "cod":
                form = CodReceivedForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(cod_form=form))
                order_part_cod_record(
                    part=part, amount=form.cleaned_data["amount"], by=request.user
                )
                messages.success(request, _("The cash received was recorded."))
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect(request.path)


class OrderDetailView(StaffOnlyMixin, views.OrderDetailView):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff:
            if "note_id" in kwargs:
                raise Http404
            return OrderPartDetailView.as_view()(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["order_parts"] = order_parts_with_lines(order=self.object)
        ctx["is_paid"] = order_is_paid(order=self.object)
        return ctx


class LineDetailView(StaffOnlyMixin, views.LineDetailView):
    pass


class ShippingAddressUpdateView(StaffOnlyMixin, views.ShippingAddressUpdateView):
    pass


class OrderStatsView(StaffOnlyMixin, views.OrderStatsView):
    pass


class ShippingRateUpdateView(generic.UpdateView):
    """A seller edits what its cooperative charges for delivery."""

    form_class = ShippingRateForm
    template_name = "oscar/dashboard/orders/shipping_rate_form.html"

    def get_object(self, queryset=None):
        partner = Partner.objects.filter(users=self.request.user).order_by("pk").first()
        if partner is None:
            raise Http404
        return shipping_rate_for(partner=partner)

    def form_valid(self, form):
        messages.success(self.request, _("Your shipping rates were saved."))
        return super().form_valid(form)

    def get_success_url(self):
        return self.request.path
