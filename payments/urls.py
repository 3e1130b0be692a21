from django.urls import path

from . import views

app_name = "payments"
urlpatterns = [
    path("transfers/", views.TransferListView.as_view(), name="transfer-list"),
    path(
        "transfers/<str:order_number>/received/",
        views.TransferMarkReceivedView.as_view(),
        name="transfer-received",
    ),
    path("transfer/<str:order_number>/", views.TransferDetailView.as_view(), name="transfer"),
    path(
        "transfer/<str:order_number>/vietqr.png",
        views.TransferQRImageView.as_view(),
        name="transfer-qr",
    ),
    path("card/<str:order_number>/", views.CardPaymentView.as_view(), name="card"),
    path("stripe/webhook/", views.StripeWebhookView.as_view(), name="stripe-webhook"),
]
