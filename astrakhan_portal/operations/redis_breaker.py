"""Redis that fails fast: a cache outage costs one short timeout, not one per call.

Django's cache (django-redis) holds only small values that can be rebuilt from
the database, and reads its errors as misses (``IGNORE_EXCEPTIONS``). That
alone still waits out the socket timeout on every call while Redis is hung, and
logs a traceback each time. Connections of :class:`FailFastConnectionPool`
share one breaker per process: after a failure, Redis is not asked again for
``OPEN_SECONDS``; then one call tries it, and success closes the breaker. Each
kind of failure is logged at most once a minute. It is redis-py's own extension
point (a pool's ``connection_class``), named in ``CACHES`` by
``CONNECTION_POOL_CLASS``.
"""

import logging
import threading
import time

import redis
from redis.exceptions import ConnectionError as RedisConnectionError

logger = logging.getLogger(__name__)

OPEN_SECONDS = 5.0
LOG_EVERY_SECONDS = 60.0


class Breaker:
    """When Redis last failed, and which failures were logged when."""

    def __init__(self, open_seconds=OPEN_SECONDS, log_every=LOG_EVERY_SECONDS, clock=time.monotonic):
        self.open_seconds = open_seconds
        self.log_every = log_every
        self.clock = clock
        self.open_until = 0.0
        self.logged = {}
        self.lock = threading.Lock()

    def check(self):
        """Raise at once while the breaker is open."""
        if self.clock() < self.open_until:
            raise RedisConnectionError("Redis failed a moment ago; not asked again yet.")

    def trip(self, error):
        now = self.clock()
        with self.lock:
            self.open_until = now + self.open_seconds
            kind = type(error).__name__
            if now - self.logged.get(kind, -self.log_every) >= self.log_every:
                self.logged[kind] = now
                logger.warning(
                    "Redis cache unavailable (%s: %s); pages are served without it, "
                    "Redis is tried again every %.0f s.",
                    kind,
                    error,
                    self.open_seconds,
                )

    def reset(self):
        self.open_until = 0.0


breaker = Breaker()


class FailFastConnection(redis.Connection):
    """A Redis connection that gives up at once while the process's breaker is open."""

    def connect(self):
        breaker.check()
        try:
            super().connect()
        except (redis.RedisError, OSError) as error:
            breaker.trip(error)
            raise

    def send_packed_command(self, command, check_health=True):
        breaker.check()
        try:
            super().send_packed_command(command, check_health)
        except (redis.RedisError, OSError) as error:
            breaker.trip(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except (RedisConnectionError, redis.TimeoutError, OSError) as error:
            breaker.trip(error)
            raise


class FailFastConnectionPool(redis.ConnectionPool):
    """A pool of :class:`FailFastConnection` with no retries (one short timeout is enough)."""

    def __init__(self, **kwargs):
        kwargs["connection_class"] = FailFastConnection
        kwargs.setdefault("retry", redis.retry.Retry(redis.backoff.NoBackoff(), 0))
        super().__init__(**kwargs)
