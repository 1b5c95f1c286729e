"""The production topology under test: Varnish in front of two gunicorn servers.

The session starts its own stack (tests/support/stack.py) on free ports, with a
database of its own on the machine's PostgreSQL, reached through a TCP relay
that a test can freeze (a database that hangs), and a Redis server of its own
that a test can stop, hang (SIGSTOP) or kill. Every check goes over HTTP.

Where PostgreSQL, redis-server or Varnish is missing (and cannot be installed),
the tests are skipped with the reason; with STACK_TESTS_REQUIRED=1 (as in CI)
they fail instead.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.support import stack as topology

POSTGRES = os.environ.get("STACK_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432")


def required():
    return os.environ.get("STACK_TESTS_REQUIRED", "") == "1"


def unavailable(reason):
    if required():
        pytest.fail(f"STACK_TESTS_REQUIRED=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FreezableRelay:
    """A TCP relay to PostgreSQL; frozen, it accepts and holds connections but passes nothing on."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(100)
        self.port = self.listener.getsockname()[1]
        self.flowing = threading.Event()
        self.flowing.set()
        self.held = []
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.held.append(client)
            threading.Thread(target=self.relay, args=(client,), daemon=True).start()

    def relay(self, client):
        try:
            upstream = socket.create_connection(self.target)
        except OSError:
            client.close()
            return
        self.held.append(upstream)
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(target=self.pipe, args=(source, sink), daemon=True).start()

    def pipe(self, source, sink):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                self.flowing.wait()  # frozen: the data is held, nothing answers
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def freeze(self):
        self.flowing.clear()

    def thaw(self):
        self.flowing.set()


class OwnRedis:
    """A redis-server of the tests' own, which they may stop, hang and start again."""

    def __init__(self, work_dir):
        self.port = free_port()
        self.work_dir = work_dir
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server") or "/usr/bin/redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.work_dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def hang(self):
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def kill(self):
        self.process.kill()
        self.process.wait()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait()


class RunningStack:
    """What the tests use: the proxy, the app servers, the database relay, Redis, and the editor's shell."""

    def __init__(self, stack, relay, redis):
        self.stack = stack
        self.relay = relay
        self.redis = redis

    @property
    def proxy_port(self):
        return self.stack.proxy_port

    @property
    def app_ports(self):
        return self.stack.app_ports

    def via_proxy(self, path, **kwargs):
        return topology.get(self.proxy_port, path, **kwargs)

    def direct(self, port, path, **kwargs):
        return topology.get(port, path, **kwargs)

    def edit(self, code):
        """Run ``code`` as an editor's change would run, in a manage.py shell of the stack's settings."""
        return self.stack.manage("shell", "-c", code, capture=True, timeout=120)

    def log_text(self):
        return "".join(
            (self.stack.work_dir / f"gunicorn-{port}.log").read_text(errors="replace")
            for port in self.app_ports
        )


@pytest.fixture(scope="session")
def running_stack(tmp_path_factory):
    try:
        import psycopg

        psycopg.connect(POSTGRES + "/postgres", connect_timeout=3).close()
    except Exception as error:  # noqa: BLE001 - any reason means: no PostgreSQL here
        unavailable(f"PostgreSQL does not answer at {POSTGRES} ({error})")
    if not (shutil.which("redis-server") or Path("/usr/bin/redis-server").exists()):
        unavailable("redis-server is not installed (Debian's redis-server package)")
    try:
        topology.ensure_varnish()
    except topology.StackError as error:
        unavailable(str(error))

    work_dir = tmp_path_factory.mktemp("stack")
    relay = FreezableRelay("127.0.0.1", int(POSTGRES.rsplit(":", 1)[1]))
    redis = OwnRedis(work_dir)
    name = f"portal_stacktest_{os.getpid()}"
    database_url = f"postgres://postgres@127.0.0.1:{relay.port}/{name}"
    stack = topology.Stack(
        database_url=database_url,
        redis_url=redis.url,
        proxy_port=free_port(),
        app_ports=(free_port(), free_port()),
        work_dir=work_dir,
        extra_env={"LOG_LEVEL": "WARNING"},
        log=lambda message: None,
    )
    try:
        stack.prepare()
        stack.start()
        yield RunningStack(stack, relay, redis)
    finally:
        relay.thaw()
        stack.stop()
        redis.stop()
        topology.drop_database(f"{POSTGRES}/{name}")
