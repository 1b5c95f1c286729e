"""Real gunicorn servers of the production settings: static files, health, storage settings.

Several servers behind the proxy are tested in tests/stack/. Servers listen on
127.0.0.1:8720-8729 only.
"""

import subprocess
import sys

import pytest

from tests.support.servers import (
    BASE_DIR,
    GunicornServer,
    hashed_static_path,
    prepare_site,
    production_environment,
)

DEAD_PORT = 8739  # nothing listens here


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

        # A server whose database and cache are both down is not ready, for the database.
        status, _headers, body = server.get("/healthz/ready/")
        assert status == 503
        assert b'"database": "unavailable"' in body
        assert b'"cache": "unavailable"' in body
        assert server.get("/healthz/live/")[0] == 200
    finally:
        server.stop()


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
