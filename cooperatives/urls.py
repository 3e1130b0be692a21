from django.urls import path

from . import views

app_name = "cooperatives"
urlpatterns = [
    path("", views.CooperativeListView.as_view(), name="list"),
    path("apply/", views.ApplicationCreateView.as_view(), name="apply"),
    path(
        "applications/<int:pk>/", views.ApplicationDetailView.as_view(), name="application-detail"
    ),
    path(
        "applications/<int:pk>/documents/<str:document>/",
        views.ApplicationDocumentView.as_view(),
        name="application-document",
    ),
    path("<slug:slug>/", views.CooperativeDetailView.as_view(), name="detail"),
]
