from django.urls import path

from . import views

app_name = "orders"
urlpatterns = [
    path("lookup/", views.OrderLookupView.as_view(), name="lookup"),
    path("<str:number>/cancel-part/", views.OrderPartCancelView.as_view(), name="part-cancel"),
]
