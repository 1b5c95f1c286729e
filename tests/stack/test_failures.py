"""When Redis or the database fails, visitors still get pages (or the site's 503 page) quickly.

Redis here is the tests' own server: stopped with SIGSTOP (hung), killed
(refusing connections) and started again. The database is reached through a
relay the test freezes: connections are accepted and nothing answers, as
with a hung server. Pages are asked for with a query no one asked before, so
that the app renders them (the proxy has nothing to give).
"""

import itertools
import statistics
import time

import pytest

pytestmark = pytest.mark.stack

_fresh = itertools.count()


def uncached_path():
    """A search no one asked before: the proxy has nothing for it, the app renders it."""
    return f"/en/search/?q=caspian&x={next(_fresh)}"


def render_times(stack, count=7):
    """Wall seconds of ``count`` renders by the app servers, through the proxy."""
    times = []
    for _ in range(count):
        started = time.monotonic()
        status, headers, _ = stack.via_proxy(uncached_path())
        times.append(time.monotonic() - started)
        assert status == 200
        assert headers.get("x-cache") != "HIT"
    return times


def redis_warnings(stack):
    return stack.log_text().count("Redis cache unavailable")


@pytest.mark.parametrize("failure", ["hung", "refusing"])
def test_pages_render_in_their_usual_time_while_redis_fails(running_stack, failure):
    stack = running_stack
    usual = statistics.median(render_times(stack))
    logged_before = redis_warnings(stack)
    if failure == "hung":
        stack.redis.hang()
    else:
        stack.redis.kill()
    try:
        during = render_times(stack, count=15)
        assert statistics.median(during) <= usual + 0.1, (usual, during)
        assert max(during) <= usual + 1.0, (usual, during)
        # The readiness check does not take a server out because of the cache.
        status, _, body = stack.direct(stack.app_ports[0], "/healthz/ready/")
        assert status == 200 and b'"cache": "unavailable"' in body
        # At most one line per kind of failure per minute, per worker process.
        assert redis_warnings(stack) - logged_before <= 2 * len(stack.app_ports) * 2
    finally:
        if failure == "hung":
            stack.redis.resume()
        else:
            stack.redis.start()
    # The site recovers by itself: the cache answers again within a few seconds.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if all(b'"cache": "ok"' in stack.direct(port, "/healthz/ready/")[2] for port in stack.app_ports):
            break
        time.sleep(0.5)
    else:
        pytest.fail("the app servers did not use Redis again after it came back")


def test_a_hung_database_gives_the_sites_503_page_within_five_seconds(running_stack):
    stack = running_stack
    stack.via_proxy("/en/partners/")
    assert stack.via_proxy("/en/partners/")[1].get("x-cache") == "HIT"
    stack.relay.freeze()
    try:
        for path, words in [
            (uncached_path(), ["Service temporarily unavailable", 'lang="en"']),
            ("/partnery/?fresh=1", ["Сайт временно недоступен", 'lang="ru"']),
        ]:
            started = time.monotonic()
            status, headers, body = stack.via_proxy(path, timeout=30)
            elapsed = time.monotonic() - started
            assert status == 503, (path, status)
            assert elapsed <= 5.0, (path, elapsed)
            text = body.decode()
            for word in words:
                assert word in text, (path, word)
        # Directly from an app server too: its own 503 page, not gunicorn's bare error.
        started = time.monotonic()
        status, _, body = stack.direct(stack.app_ports[1], "/en/projects/?fresh=2", timeout=30)
        assert status == 503 and time.monotonic() - started <= 5.0
        assert "Service temporarily unavailable" in body.decode()
        # Readiness says so; liveness does not.
        assert stack.direct(stack.app_ports[0], "/healthz/ready/", timeout=30)[0] == 503
        assert stack.direct(stack.app_ports[0], "/healthz/live/")[0] == 200
        # Pages the proxy holds are still served.
        assert stack.via_proxy("/en/partners/")[0] == 200
    finally:
        stack.relay.thaw()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if stack.via_proxy(uncached_path())[0] == 200:
            break
        time.sleep(0.5)
    else:
        pytest.fail("the site did not recover after the database answered again")
