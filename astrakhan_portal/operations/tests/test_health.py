"""Health checks: liveness (the process answers) and readiness (the database answers).

A cache outage never makes a server "not ready": the proxy would otherwise
take every server out of its pool because Redis is down.
"""

import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: connections are refused at once.
REFUSING_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.05,
            "SOCKET_TIMEOUT": 0.05,
            "CONNECTION_POOL_CLASS": "astrakhan_portal.operations.redis_breaker.FailFastConnectionPool",
        },
    }
}


def test_readiness_reports_that_database_and_cache_answer(client):
    assert reverse("health_ready") == "/healthz/ready/"
    response = client.get("/healthz/ready/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_liveness_asks_nothing_but_the_process(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz/live/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_the_old_address_is_the_readiness_check(client):
    assert client.get("/healthz/").json()["database"] == "ok"


def test_a_load_balancer_may_ask_with_head(client):
    assert client.head("/healthz/ready/").status_code == 200
    assert client.head("/healthz/live/").status_code == 200


def test_health_is_not_language_prefixed(client):
    assert client.get("/en/healthz/").status_code == 404


@override_settings(CACHES=REFUSING_REDIS)
def test_a_cache_that_does_not_answer_leaves_the_server_ready(client):
    response = client.get("/healthz/ready/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "unavailable"}


def test_health_answers_only_reads(client):
    assert client.post("/healthz/ready/").status_code == 405
