"""Addresses outside the language prefix: the sitemap index, its sections and robots.txt."""

from django.urls import path

from . import sitemap

urlpatterns = [
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("sitemap-<int:section>.xml", sitemap.sitemap_section, name="sitemap_section"),
    path("robots.txt", sitemap.robots, name="robots"),
]
