"""Addresses outside the language prefix: sitemap.xml and robots.txt."""

from django.urls import path

from . import sitemap

urlpatterns = [
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("robots.txt", sitemap.robots, name="robots"),
]
