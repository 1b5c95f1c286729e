"""Workers learn of a purge from the Redis channel, without a round trip per request,
and still never serve a page older than the shared cache for more than a moment."""

import os

import pytest
from django.utils import translation

from astrakhan_portal.core.testing import make_news
from astrakhan_portal.news.models import NewsIndexPage
from astrakhan_portal.operations import pagecache, watch

pytestmark = pytest.mark.django_db


def redis_url():
    """Redis DB 6 on the server named by REDIS_URL (or 127.0.0.1:6379), if it answers."""
    import redis

    base = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/7"
    url = base.rsplit("/", 1)[0] + "/6"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return None
    return url


@pytest.fixture
def on_redis(settings):
    """The page cache on Redis, as in production (the test settings may use local memory)."""
    url = redis_url()
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


def test_after_a_lost_subscription_the_generation_is_read_again(on_redis):
    other = other_worker(on_redis)
    other.connection.connection.disconnect()  # Redis restarted, say
    on_redis.command("INCR", on_redis.generation_key)  # a purge announced while it was away
    assert other.current() is None  # redis-py subscribes again: the worker reads the generation
    other.seen(pagecache.current_generation())
    pagecache.purge()  # and announcements reach it again
    assert other.current() == pagecache.current_generation()


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
