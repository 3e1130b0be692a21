"""Public trace pages at GS1 Digital Link paths (01 = GTIN, 10 = lot), and short paths for
products without a GTIN. They come before Wagtail's catch-all in shop/urls.py."""

from django.urls import path

from .views import public

app_name = "traceability"
urlpatterns = [
    path("01/<str:gtin>", public.ProductTraceView.as_view(), name="gs1-product"),
    path("01/<str:gtin>/10/<str:code>", public.LotTraceView.as_view(), name="gs1-lot"),
    path("tx/<int:product_id>", public.ProductTraceView.as_view(), name="product"),
    path("tx/<int:product_id>/<str:code>", public.LotTraceView.as_view(), name="lot"),
]
