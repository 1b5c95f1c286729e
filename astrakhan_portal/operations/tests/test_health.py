"""/healthz/ tells a load balancer whether this app server can serve pages."""

import pytest
from django.test import override_settings
from django.urls import reverse

from .test_page_cache import DEAD_REDIS

pytestmark = pytest.mark.django_db


def test_health_reports_that_database_and_cache_answer(client):
    assert reverse("health") == "/healthz/"
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_a_load_balancer_may_ask_with_head(client):
    assert client.head("/healthz/").status_code == 200


def test_health_is_not_language_prefixed(client):
    assert client.get("/en/healthz/").status_code == 404


@override_settings(CACHES=DEAD_REDIS)
def test_a_cache_that_does_not_answer_gives_503(client):
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable"}


def test_health_answers_only_reads(client):
    assert client.post("/healthz/").status_code == 405
