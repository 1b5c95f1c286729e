"""Learning of purges from Redis without asking on every request.

Every cached page and fragment is valid only under the shared *generation*
(see ``pagecache.py``). Reading it with a ``GET`` on every request was the
one round trip a page-cache hit still made: about a quarter of the requests
per second a worker could serve. Instead, each worker process subscribes to
a Redis channel on which every purge publishes the new generation, and on
each request only looks, without waiting, whether a message has arrived.

Why this is still fresh on every server at once: Redis writes a published
message to the subscribers' connections before it answers the publisher, so
by the time the editor's "publish" request has its answer, every worker's
socket already holds the new generation, and the worker's next request reads
it before it looks anything up. Should the subscription break silently, or a
purge fail to publish, the generation is read again anyway at least every
``CHECK_EVERY`` seconds; after redis-py has reconnected the subscription it
is read on every request until Redis has confirmed the new subscription, and
once more after that; and on any error the caller falls back to the ``GET``.
"""

import contextlib
import logging
import os
import threading
import time

logger = logging.getLogger(__name__)

CHANNEL = "pagecache:purged"
# Read the generation itself at least this often (seconds), whatever the channel says.
CHECK_EVERY = 1.0
# After a failed subscription, wait this long (seconds) before trying again: a
# Redis that is down is not asked twice per request.
RETRY_AFTER = 5.0


class PurgeWatch:
    """One worker process's subscription to the purge channel."""

    def __init__(self, client, channel):
        self.client = client
        self.channel = channel
        self.connection = None  # a redis-py PubSub
        self.pid = None
        self.generation = None
        self.confirmed = False  # Redis has confirmed the subscription on the current connection
        self.checked_at = 0.0
        self.retry_at = 0.0
        # One thread at a time reads the subscription (gunicorn's sync workers
        # have one; a threaded server's others read the generation meanwhile).
        self.lock = threading.Lock()

    def current(self):
        """The shared generation as this worker knows it, or None when the caller must read it.

        After None the caller reads the generation and hands it to ``seen``.
        """
        if not self.lock.acquire(blocking=False):
            return None
        try:
            return self._current()
        finally:
            self.lock.release()

    def _current(self):
        try:
            if self.connection is None or self.pid != os.getpid():
                if time.monotonic() >= self.retry_at:
                    self._subscribe()
                return None
            pubsub = self.connection
            while (message := pubsub.get_message(timeout=0.0)) is not None:
                if message["type"] == "message":
                    self._take(int(message["data"]))
                elif message["type"] == "subscribe":
                    # Subscribed again after a reconnect: from now on nothing is
                    # missed, but what was announced before must be read.
                    self.confirmed = True
                    self.generation = None
            if (
                not self.confirmed
                or self.generation is None
                or time.monotonic() - self.checked_at > CHECK_EVERY
            ):
                return None
            return self.generation
        except Exception:
            logger.warning("Purge channel lost; reading the generation on each request.", exc_info=True)
            self.forget()
            self.retry_at = time.monotonic() + RETRY_AFTER
            return None

    def seen(self, generation):
        """The generation just read from the shared cache (authoritative when read)."""
        if self.connection is not None and self.pid == os.getpid():
            self.generation = generation
            self.checked_at = time.monotonic()

    def forget(self):
        connection, self.connection, self.generation = self.connection, None, None
        if connection is not None and self.pid == os.getpid():
            with contextlib.suppress(Exception):
                connection.close()

    def _take(self, generation):
        if self.generation is not None and generation > self.generation:
            self.generation = generation

    def _subscribe(self):
        # Subscribed first, then the caller reads the generation: a purge in
        # between is either in that read or in a message on the channel.
        self.connection = None
        self.generation = None
        pubsub = self.client.pubsub()
        pubsub.subscribe(self.channel)
        # Wait for Redis to confirm: only then is no purge missed.
        deadline = time.monotonic() + 1.0
        while (message := pubsub.get_message(timeout=0.05)) is None or message["type"] != "subscribe":
            if time.monotonic() > deadline:
                pubsub.close()
                raise TimeoutError("Redis did not confirm the subscription to the purge channel")
        # redis-py subscribes again by itself after a lost connection; purges
        # announced in between are missed, so the generation is read again then.
        pubsub.connection.register_connect_callback(self._reconnected)
        self.confirmed = True
        self.connection = pubsub
        self.pid = os.getpid()

    def _reconnected(self, connection):
        self.confirmed = False
        self.generation = None
