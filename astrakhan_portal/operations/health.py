"""``/healthz/``: whether this app server can reach its database and its cache.

For load balancers and monitoring: 200 with ``{"status": "ok", ...}`` when
both answer, 503 with the failing part marked ``"unavailable"`` otherwise.
The reason is logged, never shown.
"""

import logging
import secrets

from django.core.cache import caches
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
        logger.exception("Health check: the database %r does not answer.", alias)
        return False


def cache_answers(alias="default"):
    cache = caches[alias]
    key = "healthz:" + secrets.token_hex(8)
    token = secrets.token_hex(8)
    try:
        cache.set(key, token, 10)
        answered = cache.get(key) == token
        cache.delete(key)
        return answered
    except Exception:
        logger.exception("Health check: the cache %r does not answer.", alias)
        return False


@never_cache
@require_safe
def health(request):
    checks = {
        "database": OK if database_answers() else UNAVAILABLE,
        "cache": OK if cache_answers() else UNAVAILABLE,
    }
    healthy = all(value == OK for value in checks.values())
    return JsonResponse({"status": OK if healthy else UNAVAILABLE, **checks}, status=200 if healthy else 503)
