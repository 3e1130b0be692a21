from django.urls import path

from . import views

app_name = "places"
urlpatterns = [
    path("provinces/<int:province_code>/communes/", views.province_communes, name="communes"),
]
