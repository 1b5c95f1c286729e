from django.urls import path

from . import views

urlpatterns = [
    path("open-data/", views.index, name="opendata_index"),
    path("open-data/<slug:dataset>/", views.passport, name="opendata_passport"),
    path("open-data/<slug:dataset>/data.<slug:format>", views.download, name="opendata_download"),
]
