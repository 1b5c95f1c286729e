"""Real gunicorn servers of the production settings on 127.0.0.1.

Used by ``make bench`` (scripts/bench.py), by the tests of the production
settings (astrakhan_portal/operations/tests/test_servers.py) and by the
production topology (``stack``: ``make stack``, tests/stack/, the proxy
benchmark). Nothing here is imported by the site itself.
"""

import http.client
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
HOST = "127.0.0.1"  # the only address these servers bind and are asked on
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def production_environment(*, database_url, static_root, port=None, redis_url="", **extra):
    """The environment of a production server for plain HTTP on 127.0.0.1."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "astrakhan_portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(Path(static_root).parent / "media"),
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "WEB_CONCURRENCY": "2",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_LOG_LEVEL": "warning",
        **{key: str(value) for key, value in extra.items()},
    }
    if port is not None:
        env["BIND"] = f"{HOST}:{port}"
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(env, *command, capture=False, timeout=None, show_output=False):
    """Run ``manage.py`` with ``env``; its standard output if ``capture``.

    Otherwise the output is dropped, or passed through with ``show_output``.
    """
    result = subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=BASE_DIR,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else (None if show_output else subprocess.DEVNULL),
        timeout=timeout,
    )
    return result.stdout


def _postgres_server(database_url):
    """(address of the server's ``postgres`` database, the database's name) of ``database_url``."""
    base, name = database_url.split("?")[0].rsplit("/", 1)
    return base + "/postgres", name


def ensure_database(database_url):
    """Create the PostgreSQL database named by ``database_url`` if it does not exist."""
    import psycopg

    server, name = _postgres_server(database_url)
    with psycopg.connect(server, autocommit=True, connect_timeout=5) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def copy_database(source_url, target_url):
    """The PostgreSQL database of ``target_url`` made anew as a copy of ``source_url``'s
    (``CREATE DATABASE ... TEMPLATE``: nobody may be connected to the source)."""
    import psycopg

    server, source = _postgres_server(source_url)
    _server, target = _postgres_server(target_url)
    with psycopg.connect(server, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


def drop_database(database_url):
    """Drop the PostgreSQL database named by ``database_url``, closing its connections."""
    import psycopg

    server, name = _postgres_server(database_url)
    with psycopg.connect(server, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def recreate_database(database_url):
    """An empty database: PostgreSQL dropped and created, SQLite file removed."""
    if database_url.startswith(("postgres://", "postgresql://")):
        drop_database(database_url)
        ensure_database(database_url)
    elif database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)


def prepare_site(env, *, content=True):
    """Catalogs, static files and (if ``content``) a migrated database with the initial content."""
    manage(env, "compile_catalogs")
    manage(env, "collectstatic", "--noinput", "--clear")
    if content:
        recreate_database(env["DATABASE_URL"])
        manage(env, "migrate", "--noinput")
        manage(env, "load_initial_content")


def hashed_static_path(static_root, name):
    """The URL path WhiteNoise serves ``name`` at, with its content hash."""
    manifest = json.loads((Path(static_root) / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"][name]


class GunicornServer:
    """``gunicorn -c gunicorn.conf.py`` with ``env``; its master and worker processes.

    Started at once; waits until it answers unless ``wait`` is false. With ``log``
    (a path), its output is appended to that file.
    """

    def __init__(self, env, port, wait_for_health=True, log=None, wait=True):
        self.port = port
        self.expected_workers = int(env.get("WEB_CONCURRENCY") or 1)
        output = open(log, "ab") if log else None  # noqa: SIM115 - kept open while it runs
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py"],
            cwd=BASE_DIR,
            env={**env, "BIND": f"{HOST}:{port}"},
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
            start_new_session=True,
        )
        if wait:
            self.wait_until_up(require_healthy=wait_for_health)

    def wait_until_up(self, require_healthy, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn on port {self.port} exited during start-up")
            try:
                status, _headers, _body = fetch(self.port, "/healthz/")
            except OSError:
                status = None
            if (
                status is not None
                and (status == 200 or not require_healthy)
                and len(self.workers()) >= self.expected_workers
            ):
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn on port {self.port} did not come up")

    def workers(self):
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                children.append(int(stat.parent.name))
        return children

    def cpu_seconds(self):
        """User + system CPU time of the worker processes so far."""
        total = 0
        for pid in self.workers():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        return total / CLOCK_TICKS

    def get(self, path, headers=None):
        return fetch(self.port, path, headers=headers)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def fetch(port, path, connection=None, headers=None, method="GET", timeout=30):
    """(status, headers, body) of one request to 127.0.0.1:``port`` (a GET unless ``method``)."""
    conn = connection or http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, headers={"Host": HOST, **(headers or {})})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        if connection is None:
            conn.close()
