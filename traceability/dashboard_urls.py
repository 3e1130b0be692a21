from django.urls import path

from .views import dashboard

app_name = "traceability-dashboard"
urlpatterns = [
    path("", dashboard.LotListView.as_view(), name="lot-list"),
    path("lo/them/", dashboard.LotCreateView.as_view(), name="lot-create"),
    path("lo/<int:pk>/", dashboard.LotDetailView.as_view(), name="lot-detail"),
    path("lo/<int:pk>/sua/", dashboard.LotUpdateView.as_view(), name="lot-update"),
    path(
        "lo/<int:pk>/chung-nhan/",
        dashboard.CertificateCreateView.as_view(),
        name="certificate-create",
    ),
    path("lo/<int:pk>/thu-hoi/", dashboard.LotRecallView.as_view(), name="lot-recall"),
    path("lo/<int:pk>/nhan.<str:kind>", dashboard.LabelView.as_view(), name="label"),
    path("lo/<int:pk>/epcis.jsonld", dashboard.EpcisExportView.as_view(), name="epcis"),
    path("nhat-ky/them/", dashboard.StepCreateView.as_view(), name="step-create"),
    path("san-pham/<int:product_id>/gtin/", dashboard.GtinView.as_view(), name="gtin"),
]
