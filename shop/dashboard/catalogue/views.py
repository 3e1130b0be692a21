from django.conf import settings
from django.contrib import messages
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext as _
from oscar.apps.dashboard.catalogue import views
from oscar.core.loading import get_model

from listings.models import ListingRevision
from listings.selectors import listing_approved_values, listing_pending_revision
from listings.services import listing_changes_submit, listing_images_hold

from .mixins import seller_cooperative

StockAlert = get_model("partner", "StockAlert")


class ProductCreateUpdateView(views.ProductCreateUpdateView):
    """Oscar's product form; a seller's changes to what shoppers rely on (title, description,
    price, OCOP claims) go to the province's staff, the approved version staying public."""

    def dispatch(self, request, *args, **kwargs):
        self.cooperative = seller_cooperative(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_object(self, queryset=None):
        product = super().get_object(queryset)
        self.approved = None
        self.pending = None
        if product is not None and self.cooperative is not None:
            # Read now: the bound form changes the instance before forms_valid runs.
            self.approved = listing_approved_values(product=product)
            self.pending = listing_pending_revision(product=product)
        return product

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.cooperative is None:
            return kwargs
        kwargs["cooperative"] = self.cooperative
        claims = {}
        if self.approved is not None:
            claims = {
                "ocop_stars_claim": self.approved["ocop_stars"],
                "certifications_claim": self.approved["certifications"],
            }
        if self.pending is not None:
            data = self.pending.data
            claims = {
                "title": data["title"],
                "description": data["description"],
                "ocop_stars_claim": data["ocop_stars"],
                "certifications_claim": data["certifications"],
            }
        kwargs["claims"] = claims
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(pending_revision=self.pending, **kwargs)

    def forms_valid(self, form, formsets):
        images = {"add": [], "remove": []}
        if self.cooperative is not None and self.approved is not None and self.object.is_public:
            # The approved pictures stay until the staff approve the new ones.
            images = listing_images_hold(formset=formsets.pop("image_formset"))
        response = super().forms_valid(form, formsets)
        if self.cooperative is None:
            return response
        stockrecord = self.object.stockrecords.filter(partner_id=self.cooperative.partner_id)
        price = stockrecord.values_list("price", flat=True).first()
        revision = listing_changes_submit(
            product=self.object,
            submitted_by=self.request.user,
            approved=None if self.creating else self.approved,
            proposed={
                "title": self.object.title,
                "description": self.object.description,
                "price": price,
                "images": images,
                **form.claims(),
            },
        )
        if revision is not None:
            messages.info(
                self.request,
                _(
                    "Your changes wait for the province's staff to approve them; until then "
                    "shoppers see the approved version."
                )
                if not revision.is_new_listing
                else _(
                    "The listing waits for the province's staff: shoppers see it once approved."
                ),
            )
        return response


class ProductListView(views.ProductListView):
    """Oscar's product list; each row knows the status of its latest revision (review column)."""

    def get_queryset(self):
        latest = ListingRevision.objects.filter(product=OuterRef("pk")).order_by("-pk")
        return super().get_queryset().annotate(review_status=Subquery(latest.values("status")[:1]))


class StockAlertListView(views.StockAlertListView):
    """A seller sees the stock alerts of its own cooperative's products only."""

    paginate_by = settings.OSCAR_STOCK_ALERTS_PER_PAGE

    def get_queryset(self):
        alerts = super().get_queryset().select_related("stockrecord__product")
        if self.request.user.is_staff:
            return alerts
        cooperative = seller_cooperative(self.request.user)
        if cooperative is None:
            return alerts.none()
        return alerts.filter(stockrecord__partner_id=cooperative.partner_id)
