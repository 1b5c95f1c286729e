"""Counting attempts per client in a time window, in Django's cache.

The cache is Redis in production (shared by every app server) and this
process's memory elsewhere. A cache that fails never blocks a visitor: the
attempt is let through ("fail open") and the failure is logged.
"""

import logging

from django.core.cache import caches

logger = logging.getLogger(__name__)

CACHE_ALIAS = "default"
KEY_PREFIX = "ratelimit"


def cache_key(scope, identity):
    return f"{KEY_PREFIX}:{scope}:{identity}"


def count_attempt(scope, identity, window):
    """Count one attempt of ``identity`` (an address, a session key) in ``scope``;
    return how many it has made in the last ``window`` seconds, this one included.

    Returns 0 when the cache cannot count (its error is logged).
    """
    cache = caches[CACHE_ALIAS]
    key = cache_key(scope, identity)
    try:
        if cache.add(key, 1, window):
            return 1
        count = cache.incr(key)
    except ValueError:  # the entry expired between add() and incr()
        return 1 if cache.add(key, 1, window) else 0
    except Exception:  # noqa: BLE001 - any cache failure: let the visitor through
        logger.warning("Rate limit %s: the cache could not count an attempt", scope, exc_info=True)
        return 0
    if not isinstance(count, int):  # django-redis with IGNORE_EXCEPTIONS answers None
        logger.warning("Rate limit %s: the cache did not count an attempt", scope)
        return 0
    return count


def attempts(scope, identity):
    """How many attempts ``identity`` made in the current window (0 if unknown)."""
    try:
        return int(caches[CACHE_ALIAS].get(cache_key(scope, identity)) or 0)
    except Exception:  # noqa: BLE001
        logger.warning("Rate limit %s: the cache could not be read", scope, exc_info=True)
        return 0


def reset(scope, identity):
    try:
        caches[CACHE_ALIAS].delete(cache_key(scope, identity))
    except Exception:  # noqa: BLE001
        logger.warning("Rate limit %s: the cache could not be reset", scope, exc_info=True)
