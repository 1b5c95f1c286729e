"""A Redis that is down, hung or refusing costs one short wait per process, not one per call.

The hung Redis here is a real TCP server that accepts connections and never
answers (as a stopped Redis process does); the refusing one is a port nobody
listens on. What is counted is how often Redis is asked, not how long it takes.
"""

import logging
import socket
import threading

import pytest
from django_redis.cache import RedisCache

from astrakhan_portal.operations import redis_breaker


class HungRedis:
    """Accepts connections, reads what is sent, never answers."""

    def __init__(self):
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(50)
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self.running = True
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while self.running:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.running = False
        self.listener.close()
        for connection in self.connections:
            connection.close()


def make_cache(port):
    return RedisCache(
        f"redis://127.0.0.1:{port}/0",
        {
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.05,
                "SOCKET_TIMEOUT": 0.05,
                "CONNECTION_POOL_CLASS": "astrakhan_portal.operations.redis_breaker.FailFastConnectionPool",
            }
        },
    )


@pytest.fixture(autouse=True)
def closed_breaker():
    redis_breaker.breaker.reset()
    redis_breaker.breaker.logged.clear()
    yield
    redis_breaker.breaker.reset()


def test_a_hung_redis_is_asked_once_then_left_alone(caplog):
    hung = HungRedis()
    try:
        cache = make_cache(hung.port)
        with caplog.at_level(logging.WARNING, logger="astrakhan_portal.operations.redis_breaker"):
            results = [cache.get(f"key-{n}") for n in range(40)]
            cache.set("other", "value")
        assert results == [None] * 40
        assert len(hung.connections) == 1
        warnings = [r for r in caplog.records if r.name == "astrakhan_portal.operations.redis_breaker"]
        assert len(warnings) == 1
    finally:
        hung.close()


def test_a_refusing_redis_reads_as_misses_with_one_log_line(caplog):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nobody listens there
    cache = make_cache(port)
    with caplog.at_level(logging.WARNING):
        assert [cache.get("a"), cache.get("b"), cache.set("c", 1)] == [None, None, None]
    assert len([r for r in caplog.records if "Redis cache unavailable" in r.getMessage()]) == 1


def test_redis_is_tried_again_after_the_pause_and_works_again():
    clock = [0.0]
    breaker = redis_breaker.Breaker(open_seconds=5, clock=lambda: clock[0])
    breaker.trip(ConnectionError("refused"))
    with pytest.raises(redis_breaker.RedisConnectionError):
        breaker.check()
    clock[0] = 5.1
    breaker.check()  # closed again: the next call goes to Redis


def test_one_log_line_per_kind_of_failure_per_minute(caplog):
    clock = [0.0]
    breaker = redis_breaker.Breaker(clock=lambda: clock[0])
    with caplog.at_level(logging.WARNING):
        for second in range(0, 120, 5):
            clock[0] = float(second)
            breaker.trip(TimeoutError("hung"))
            breaker.trip(ConnectionRefusedError("refused"))
    lines = [r.getMessage() for r in caplog.records if "Redis cache unavailable" in r.getMessage()]
    assert len(lines) == 4  # two kinds, at 0 s and at 60 s
