from django.urls import path

from .views import dashboard

app_name = "sourcing-dashboard"
urlpatterns = [
    path("", dashboard.WorkspaceView.as_view(), name="workspace"),
    path("bao-gia/<int:pk>/", dashboard.OfferDetailView.as_view(), name="offer-detail"),
    path("mua-vu/them/", dashboard.AnnouncementCreateView.as_view(), name="announcement-create"),
    path("so-lieu/", dashboard.FiguresView.as_view(), name="figures"),
]
