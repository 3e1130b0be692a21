"""The public trace pages a phone camera opens: GS1 Digital Link paths and the short paths of
products without a GTIN."""

from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.views.generic import TemplateView

from pagecache.dependencies import page_depends_on, product_tag

from .. import selectors, services


class ProductTraceView(TemplateView):
    """/01/{gtin} or /tx/{product}: what the listing holds, and the product's lots. A product
    that has a GTIN is always shown at its Digital Link path."""

    template_name = "traceability/product_trace.html"

    def load(self, **kwargs) -> None:
        self.product = selectors.trace_product_get(
            gtin=kwargs.get("gtin"), product_id=kwargs.get("product_id")
        )
        self.gtin = selectors.product_gtin(product=self.product)

    def canonical_path(self) -> str:
        return selectors.product_trace_path(product=self.product, gtin=self.gtin)

    def get(self, request, *args, **kwargs):
        self.load(**kwargs)
        if "product_id" in kwargs and self.gtin:
            return redirect(self.canonical_path())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        product = self.product
        page_depends_on(product_tag(product.pk))  # its lots' recalls drop the product's pages
        lots = selectors.trace_lots_public(product=product)[:20]
        return super().get_context_data(
            product=product,
            cooperative=product.cooperative,
            certifications=product.certifications.all(),
            gtin14=self.gtin,
            lots=[(lot, selectors.lot_trace_path(lot=lot, gtin=self.gtin)) for lot in lots],
            is_recalled=selectors.product_is_recalled(product=product),
            product_trace_path=selectors.product_trace_path(product=product, gtin=self.gtin),
            **kwargs,
        )


class LotTraceView(ProductTraceView):
    """/01/{gtin}/10/{lot} or /tx/{product}/{lot}: the lot's diary; each view counts as a scan
    (nothing about the visitor is kept)."""

    template_name = "traceability/lot_trace.html"

    def load(self, **kwargs) -> None:
        super().load(**kwargs)
        self.lot = selectors.trace_lot_get(product=self.product, code=kwargs["code"])

    def canonical_path(self) -> str:
        return selectors.lot_trace_path(lot=self.lot, gtin=self.gtin)

    def render_to_response(self, context, **response_kwargs):
        services.lot_scan_record(lot=self.lot)
        response = super().render_to_response(context, **response_kwargs)
        # Every scan reaches this view, so none is served from a cache without being counted.
        patch_cache_control(response, no_cache=True)
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            lot=self.lot,
            steps=self.lot.steps.all(),
            lot_certificates=self.lot.certificates.all(),
            **kwargs,
        )
