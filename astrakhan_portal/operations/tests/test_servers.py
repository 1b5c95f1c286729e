"""Real gunicorn servers of the production settings: static files, health, several servers.

The several-servers story needs PostgreSQL (DATABASE_URL) and Redis; without
them it is skipped and says why. Servers listen on 127.0.0.1:8720-8729 only.
"""

import os
import subprocess
import sys
import textwrap

import pytest

from astrakhan_portal.operations.servers import (
    BASE_DIR,
    GunicornServer,
    hashed_static_path,
    manage,
    prepare_site,
    production_environment,
)
from astrakhan_portal.operations.tests.helpers import reachable_redis_url

DEAD_PORT = 8739  # nothing listens here


def multi_database_url():
    """A database of its own beside the suite's, e.g. portal_ci_123 → portal_ci_123_multi,
    so that parallel runs on one PostgreSQL do not share it."""
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")
    return f"{base.split('?')[0]}_multi"


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    return tmp_path_factory.mktemp("production") / "static"


def test_static_files_have_hashed_names_and_far_future_headers(static_root):
    env = production_environment(
        database_url=f"sqlite:///{static_root.parent}/no-such-dir/db.sqlite3",
        static_root=static_root,
        redis_url=f"redis://127.0.0.1:{DEAD_PORT}/8",
        WEB_CONCURRENCY=1,
    )
    prepare_site(env, content=False)
    server = GunicornServer(env, 8720, wait_for_health=False)
    try:
        path = hashed_static_path(static_root, "map/partner-map.json")
        assert path != "/static/map/partner-map.json"
        status, headers, body = server.get(path, headers={"Accept-Encoding": "gzip"})
        assert status == 200
        assert "immutable" in headers["Cache-Control"]
        assert "max-age=315360000" in headers["Cache-Control"]
        assert headers.get("Content-Encoding") == "gzip"
        assert body[:2] == b"\x1f\x8b"

        # The unhashed name is not served for ever: it may change with the next release.
        status, headers, _body = server.get("/static/map/partner-map.json")
        assert status == 200
        assert "immutable" not in headers.get("Cache-Control", "")

        # A server whose database and cache are both down says so, with 503.
        status, _headers, body = server.get("/healthz/")
        assert status == 503
        assert b'"database": "unavailable"' in body
        assert b'"cache": "unavailable"' in body
    finally:
        server.stop()


PUBLISH = textwrap.dedent(
    """
    from astrakhan_portal.standard.models import StandardPage
    page = StandardPage.objects.get(slug_en="about")
    page.title_ru = {title!r}
    page.save_revision().publish()
    """
)

UNPUBLISH = textwrap.dedent(
    """
    from astrakhan_portal.standard.models import StandardPage
    StandardPage.objects.get(slug_en="about").unpublish()
    """
)


@pytest.mark.postgres
def test_a_page_published_through_one_server_is_fresh_on_all_of_them(static_root):
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        pytest.skip("needs PostgreSQL: set DATABASE_URL=postgres://... (SQLite cannot be shared by servers)")
    redis_url = reachable_redis_url(8)
    if redis_url is None:
        pytest.skip("needs Redis: set REDIS_URL or run Redis at 127.0.0.1:6379")
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    env = production_environment(
        database_url=multi_database_url(), static_root=static_root, redis_url=redis_url
    )
    prepare_site(env)
    servers = [GunicornServer(env, 8721), GunicornServer(env, 8722)]
    try:
        first, second = servers
        assert first.get("/healthz/")[0] == second.get("/healthz/")[0] == 200
        # The cache is shared: what the first server rendered, the second serves.
        assert first.get("/o-sotrudnichestve/")[1]["X-Page-Cache"] == "miss"
        assert first.get("/")[1]["X-Page-Cache"] == "miss"
        for server in servers:
            for path in ("/o-sotrudnichestve/", "/"):
                status, headers, body = server.get(path)
                assert (status, headers["X-Page-Cache"]) == (200, "hit")
                assert "Сотрудничество: новая редакция".encode() not in body

        # An editor publishes a new title through the first server's code and database.
        manage(env, "shell", "-c", PUBLISH.format(title="Сотрудничество: новая редакция"))

        # Both servers show the new title at once: rendered anew by the one
        # asked first, served from the shared cache by the other.
        for server, state in ((second, "miss"), (first, "hit")):
            for path in ("/o-sotrudnichestve/", "/"):
                status, headers, body = server.get(path)
                assert status == 200
                assert headers["X-Page-Cache"] == state, (server.port, path)
                assert "Сотрудничество: новая редакция".encode() in body, (server.port, path)

        manage(env, "shell", "-c", UNPUBLISH)
        for server in servers:
            assert server.get("/o-sotrudnichestve/")[0] == 404
            assert "Сотрудничество: новая редакция".encode() not in server.get("/")[2]
    finally:
        for server in servers:
            server.stop()

    # The same code pointed at a Redis that is down still serves pages, but is reported unhealthy.
    broken = GunicornServer(
        {**env, "REDIS_URL": f"redis://127.0.0.1:{DEAD_PORT}/8", "WEB_CONCURRENCY": "1"},
        8723,
        wait_for_health=False,
    )
    try:
        status, _headers, body = broken.get("/healthz/")
        assert status == 503
        assert b'"database": "ok"' in body
        assert b'"cache": "unavailable"' in body
        assert broken.get("/")[0] == 200
    finally:
        broken.stop()


def test_media_can_go_to_object_storage_when_a_bucket_is_named(static_root):
    # Read the settings only: django-storages is an optional install.
    env = production_environment(database_url="sqlite:///unused.sqlite3", static_root=static_root)
    show = [sys.executable, "-c", "from django.conf import settings; print(settings.STORAGES['default'])"]

    def default_storage():
        return subprocess.run(show, env=env, cwd=BASE_DIR, check=True, capture_output=True, text=True).stdout

    assert "FileSystemStorage" in default_storage()
    env.update(AWS_STORAGE_BUCKET_NAME="portal-media", AWS_S3_ENDPOINT_URL="http://127.0.0.1:8738")
    configured = default_storage()
    assert "storages.backends.s3.S3Storage" in configured
    assert "'bucket_name': 'portal-media'" in configured
    assert "'querystring_auth': False" in configured
