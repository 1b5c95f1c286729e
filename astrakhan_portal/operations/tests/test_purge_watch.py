"""Workers learn of a purge from the Redis channel, without a round trip per request,
and still never serve a page older than the shared cache for more than a moment."""

import time

import pytest
from django.utils import translation

from astrakhan_portal.core.testing import make_news
from astrakhan_portal.news.models import NewsIndexPage
from astrakhan_portal.operations import pagecache, watch
from astrakhan_portal.operations.tests.helpers import reachable_redis_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_redis(settings):
    """The page cache on Redis, as in production (the test settings may use local memory)."""
    url = reachable_redis_url(6)
    if url is None:
        pytest.skip("needs Redis: set REDIS_URL or run Redis at 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "watch-test",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    pagecache.get_cache().clear()
    yield pagecache.config()
    pagecache.get_cache().clear()


def other_worker(conf):
    """The purge watch of another worker process (or app server) on the same Redis."""
    other = watch.PurgeWatch(conf.redis, conf.purge_channel)
    assert other.current() is None  # subscribing: the generation must be read once
    other.seen(pagecache.current_generation())
    return other


def test_a_purge_reaches_every_worker_before_it_returns(on_redis):
    other = other_worker(on_redis)
    before = other.current()
    assert before == pagecache.current_generation()

    pagecache.purge()

    # No GET: the new generation is already waiting on the other worker's socket.
    assert other.current() == before + 1 == pagecache.current_generation()


def test_a_purge_that_was_not_announced_is_seen_within_the_check_interval(on_redis, monkeypatch):
    other = other_worker(on_redis)
    on_redis.command("INCR", on_redis.generation_key)  # the generation moved, but nothing was published
    assert other.current() == pagecache.current_generation() - 1  # until the next check ...
    monkeypatch.setattr(watch, "CHECK_EVERY", 0.0)
    assert other.current() is None  # ... when the worker reads the generation itself


def known(worker):
    """The generation a worker serves under: from the channel, else read (as ``pagecache.lookup`` does)."""
    generation = worker.current()
    if generation is None:
        generation = pagecache.current_generation()
        worker.seen(generation)
    return generation


def test_after_a_lost_subscription_the_generation_is_read_again(on_redis):
    other = other_worker(on_redis)
    other.connection.connection.disconnect()  # Redis restarted, say
    on_redis.command("INCR", on_redis.generation_key)  # a purge announced while it was away
    assert known(other) == pagecache.current_generation()
    pagecache.purge()  # perhaps before Redis has taken the new subscription
    assert known(other) == pagecache.current_generation()
    # Once Redis has confirmed the subscription (and the generation was read after
    # that), announcements are used again, without reading.
    for _ in range(100):
        if other.current() is not None:
            break
        known(other)
        time.sleep(0.01)
    pagecache.purge()
    assert other.current() == pagecache.current_generation()


def test_a_redis_that_is_down_is_not_asked_on_every_request(monkeypatch):
    import redis

    dead = redis.Redis(host="127.0.0.1", port=8739, socket_connect_timeout=0.2)  # nothing listens there
    worker = watch.PurgeWatch(dead, "portal:pagecache:purged")
    attempts = []
    real_subscribe = worker._subscribe
    monkeypatch.setattr(worker, "_subscribe", lambda: attempts.append(1) or real_subscribe())
    assert worker.current() is None and worker.current() is None  # the caller reads (and fails) as before
    assert attempts == [1]  # one try, then a pause of RETRY_AFTER seconds
    monkeypatch.setattr(watch, "RETRY_AFTER", 0.0)
    worker.retry_at = 0.0
    assert worker.current() is None and attempts == [1, 1]


def test_a_hit_needs_no_round_trip_and_a_publish_shows_at_once(client, content, on_redis, monkeypatch):
    news = make_news(NewsIndexPage.objects.get(), title=("Икорный аукцион", "Caviar auction"))
    with translation.override("en"):
        url = news.get_url()
    client.get(url)
    assert client.get(url).headers["X-Page-Cache"] == "hit"  # kept by this worker, generation read once

    commands = []
    real_command = on_redis.command
    monkeypatch.setattr(on_redis, "command", lambda *args: commands.append(args[0]) or real_command(*args))
    assert client.get(url).headers["X-Page-Cache"] == "hit"
    assert commands == []

    news.title_en = "Caviar auction: results"
    news.save_revision().publish()
    response = client.get(url)
    assert response.headers["X-Page-Cache"] == "miss"
    assert "Caviar auction: results" in response.content.decode()
