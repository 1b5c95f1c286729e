"""Health checks for the proxy, a load balancer or an orchestrator.

- ``/healthz/live/`` (liveness): the process answers; it asks nothing else.
- ``/healthz/ready/`` (readiness): the database answers within its timeout
  (``DATABASE_CONNECT_TIMEOUT`` and ``DATABASE_STATEMENT_TIMEOUT``). A cache
  outage does not make a server "not ready": without Redis pages are served
  all the same; the state of the cache is reported, never a reason for 503.
- ``/healthz/`` is the readiness check under its old address.

The reason of a failure is logged, never shown.
"""

import logging

from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

OK = "ok"
UNAVAILABLE = "unavailable"


def database_answers(alias="default"):
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0] == 1
    except Exception:
        logger.warning("Readiness: the database %r does not answer.", alias, exc_info=True)
        return False


def cache_answers():
    """Whether Django's cache stores and returns a value (Redis failures read as misses)."""
    try:
        cache.set("healthz", OK, 10)
        return cache.get("healthz") == OK
    except Exception:
        return False


@never_cache
@require_safe
def live(request):
    return JsonResponse({"status": OK})


@never_cache
@require_safe
def ready(request):
    database = OK if database_answers() else UNAVAILABLE
    body = {"status": database, "database": database, "cache": OK if cache_answers() else UNAVAILABLE}
    return JsonResponse(body, status=200 if database == OK else 503)
