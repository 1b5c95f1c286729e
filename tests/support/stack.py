"""The production topology on this machine: Varnish in front of gunicorn app servers.

Varnish (Debian's package) in front of gunicorn instances with the production
settings (``servers.GunicornServer``), on PostgreSQL and Redis, with the initial
content. ``make stack`` (scripts/stack.py) runs it on http://127.0.0.1:8080/;
the tests of tests/stack/ and the proxy benchmark (scripts/bench_proxy.py) start
their own, each with its own ports, database and Redis.
"""

import os
import secrets
import shutil
import signal
import subprocess
import time
from pathlib import Path

from .servers import (  # noqa: F401 - drop_database is used through this module
    BASE_DIR,
    HOST,
    GunicornServer,
    drop_database,
    ensure_database,
    manage,
    production_environment,
)
from .servers import fetch as _fetch

SITE_VCL = """\
# Written by tests/support/stack.py; see deploy/varnish/site.vcl.example.
probe portal_ready {{
    .request =
        "GET /healthz/ready/ HTTP/1.1"
        "Host: {host}"
        "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}}
{backends}
sub vcl_init {{
    new portal_servers = directors.round_robin();
{adds}
}}

acl portal_purgers {{
    "{host}";
}}

sub portal_unavailable_page {{
    if (bereq.url ~ "^/en(/|\\?|$)") {{
        synthetic(std.fileread("{pages}/503.en.html"));
    }} else {{
        synthetic(std.fileread("{pages}/503.ru.html"));
    }}
}}
"""

BACKEND_VCL = """
backend app{number} {{
    .host = "{host}";
    .port = "{port}";
    .probe = portal_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 15s;
    .between_bytes_timeout = 10s;
}}
"""


class StackError(RuntimeError):
    pass


def ensure_varnish():
    """Debian's Varnish, installed with apt-get when missing (as root or with password-less sudo)."""
    if shutil.which("varnishd") or Path("/usr/sbin/varnishd").exists():
        return "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else shutil.which("varnishd")
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if prefix and not shutil.which("sudo"):
        raise StackError(
            "Varnish is not installed and this user cannot install it: run `apt-get install varnish` as root."
        )
    print("Installing Debian's varnish package (apt-get)...", flush=True)
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=False)
    result = subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-qq", "varnish"],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )
    if result.returncode != 0 or not Path("/usr/sbin/varnishd").exists():
        raise StackError("Could not install Debian's varnish package: run `apt-get install varnish` as root.")
    # The package starts its own service on port 6081; this stack runs its own varnishd.
    subprocess.run([*prefix, "systemctl", "disable", "--now", "varnish"], check=False, capture_output=True)
    return "/usr/sbin/varnishd"


def get(port, path, headers=None, method="GET", timeout=30):
    """(status, headers with lower-case names, body) of one request to 127.0.0.1:``port``."""
    status, response_headers, body = _fetch(
        port, path, headers={"Host": f"{HOST}:{port}", **(headers or {})}, method=method, timeout=timeout
    )
    return status, {name.lower(): value for name, value in response_headers.items()}, body


class Stack:
    """Varnish in front of gunicorn app servers, with the production settings."""

    def __init__(
        self,
        *,
        database_url,
        redis_url,
        proxy_port=8080,
        app_ports=(8101, 8102),
        work_dir=BASE_DIR / "build" / "stack",
        workers=2,
        extra_env=None,
        log=print,
    ):
        self.database_url = database_url
        self.redis_url = redis_url
        self.proxy_port = proxy_port
        self.app_ports = tuple(app_ports)
        self.work_dir = Path(work_dir)
        self.workers = workers
        self.extra_env = extra_env or {}
        self.log = log
        self.apps = {}
        self.varnish = None
        self.env = self.environment()

    def environment(self):
        proxy = f"http://{HOST}:{self.proxy_port}"
        return production_environment(
            database_url=self.database_url,
            static_root=self.work_dir / "static",
            redis_url=self.redis_url,
            SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
            ALLOWED_HOSTS=f"{HOST},localhost",
            CSRF_TRUSTED_ORIGINS=f"{proxy},http://localhost:{self.proxy_port}",
            # A new connection per request: the failure tests freeze and cut the database.
            DATABASE_CONN_MAX_AGE=0,
            FRONTEND_CACHE_URLS=proxy,
            WAGTAILADMIN_BASE_URL=proxy,
            # The proxy on this machine appends the visitor's address to X-Forwarded-For.
            TRUSTED_PROXIES=HOST,
            WEB_CONCURRENCY=self.workers,
            # What the caller gives in extra_env wins over these defaults.
            **{"LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"), "PYTHONUNBUFFERED": 1, **self.extra_env},
        )

    def manage(self, *command, capture=False, timeout=600, purge=True):
        """``manage.py`` with the stack's settings; with ``purge=False`` nothing is sent to the proxy."""
        env = self.env if purge else {**self.env, "FRONTEND_CACHE_URLS": ""}
        return manage(env, *command, capture=capture, timeout=timeout, show_output=True)

    def prepare(self, content=True):
        """Catalogs, static files, the database and its initial content, the 503 pages and the VCL."""
        self.work_dir.mkdir(parents=True, exist_ok=True)
        if not self.database_url.startswith(("postgres://", "postgresql://")):
            raise StackError("The stack runs on PostgreSQL: set DATABASE_URL to a postgres:// address.")
        ensure_database(self.database_url)
        self.log("Preparing: catalogs, static files, migrations, initial content...")
        self.manage("compile_catalogs")
        self.manage("collectstatic", "--noinput", "-v", "0")
        self.manage("migrate", "--noinput", "-v", "0")
        if content:
            # Before the proxy starts (empty), so there is nothing to purge.
            self.manage("load_initial_content", purge=False)
        self.manage("render_unavailable_pages", str(self.work_dir / "varnish"), capture=True)
        self.write_vcl()

    def write_vcl(self):
        backends = "".join(
            BACKEND_VCL.format(number=number, host=HOST, port=port)
            for number, port in enumerate(self.app_ports, 1)
        )
        adds = "\n".join(
            f"    portal_servers.add_backend(app{n});" for n in range(1, len(self.app_ports) + 1)
        )
        folder = self.work_dir / "varnish"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "site.vcl").write_text(
            SITE_VCL.format(host=HOST, backends=backends, adds=adds, pages=folder.resolve())
        )

    def start(self):
        for port in self.app_ports:
            self.start_app(port)
        for port in self.app_ports:
            self.wait_for(port, "/healthz/ready/")
        self.start_varnish()
        self.wait_for(self.proxy_port, "/healthz/live/")
        # Until the probes have seen the app servers ready, Varnish answers 503.
        deadline = time.monotonic() + 30
        while get(self.proxy_port, "/")[0] != 200:
            if time.monotonic() > deadline:
                raise StackError("Varnish does not reach the app servers.")
            time.sleep(0.2)

    def start_app(self, port):
        self.apps[port] = GunicornServer(
            self.env, port, log=self.work_dir / f"gunicorn-{port}.log", wait=False
        )

    def processes(self):
        """The running processes of the stack: Varnish (once started) and the app servers' masters."""
        return [
            process for process in [self.varnish, *(app.process for app in self.apps.values())] if process
        ]

    def start_varnish(self):
        varnishd = ensure_varnish()
        folder = (self.work_dir / "varnish").resolve()
        state = folder / "state"
        shutil.rmtree(state, ignore_errors=True)
        log = open(self.work_dir / "varnish.log", "ab")  # noqa: SIM115 - kept open while it runs
        self.varnish = subprocess.Popen(
            [
                varnishd,
                "-F",
                "-j",
                "none",
                "-a",
                f"{HOST}:{self.proxy_port}",
                "-n",
                str(state),
                "-p",
                f"vcl_path={folder}:{BASE_DIR / 'deploy' / 'varnish'}:/usr/share/varnish/vcl",
                "-p",
                "ban_lurker_sleep=0.01",
                "-f",
                str(BASE_DIR / "deploy" / "varnish" / "portal.vcl"),
                "-s",
                "malloc,256m",
                "-T",
                "none",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_for(self, port, path, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for process in self.processes():
                if process.poll() is not None:
                    raise StackError(
                        f"A process of the stack exited during start-up; see the logs in {self.work_dir}."
                    )
            try:
                if get(port, path, timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise StackError(f"127.0.0.1:{port}{path} did not answer; see the logs in {self.work_dir}.")

    def stop(self):
        processes = self.processes()
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.apps = {}
        self.varnish = None
