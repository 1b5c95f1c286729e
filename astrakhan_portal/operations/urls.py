"""Operator URLs, outside the language prefixes."""

from django.urls import path

from .health import health

urlpatterns = [
    path("healthz/", health, name="health"),
]
