"""Operator URLs, outside the language prefixes."""

from django.urls import path

from .health import live, ready

urlpatterns = [
    path("healthz/", ready, name="health"),
    path("healthz/live/", live, name="health_live"),
    path("healthz/ready/", ready, name="health_ready"),
]
