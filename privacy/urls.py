from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.PrivacyCentreView.as_view(), name="centre"),
    path("download/", views.DataDownloadView.as_view(), name="download"),
    path("delete/", views.AccountDeleteView.as_view(), name="delete"),
]
