from django.urls import path

from .views import public

app_name = "sourcing"
urlpatterns = [
    path("", public.BoardView.as_view(), name="board"),
    path("mua-vu/", public.AnnouncementListView.as_view(), name="announcement-list"),
    path("ho-so/", public.BuyerProfileView.as_view(), name="buyer-profile"),
    path("yeu-cau/dang/", public.RequestCreateView.as_view(), name="request-create"),
    path("yeu-cau/cua-toi/", public.MyRequestsView.as_view(), name="my-requests"),
    path("yeu-cau/<int:pk>/", public.RequestDetailView.as_view(), name="request-detail"),
    path("yeu-cau/<int:pk>/bao-gia/", public.OfferCreateView.as_view(), name="offer-create"),
    path("yeu-cau/<int:pk>/dong/", public.RequestCloseView.as_view(), name="request-close"),
    path("bao-gia/<int:pk>/chap-nhan/", public.OfferAcceptView.as_view(), name="offer-accept"),
    path("theo-doi/", public.FollowView.as_view(), name="follow"),
    path("<str:kind>/<int:pk>/an/", public.HideView.as_view(), name="hide"),
]
