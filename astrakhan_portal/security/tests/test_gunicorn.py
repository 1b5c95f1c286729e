"""gunicorn, started with the project's gunicorn.conf.py, answers what it refuses
before Django with the security headers, and keeps its control socket to itself (issue 12)."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raw_request(port, data):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(data)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode("latin-1")


@pytest.fixture
def gunicorn(tmp_path):
    """Start gunicorn as the Dockerfile does; yield a function that starts it with extra env."""
    processes = []

    def start(**env):
        port = free_port()
        environ = {
            **os.environ,
            "BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "1",
            "HOME": str(tmp_path),
            "XDG_RUNTIME_DIR": str(tmp_path / "run"),
            "DJANGO_SETTINGS_MODULE": "astrakhan_portal.settings.test",
            **env,
        }
        (tmp_path / "run").mkdir(exist_ok=True)
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "astrakhan_portal.wsgi"],
            cwd=ROOT,
            env=environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(process)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return port
            except OSError:
                time.sleep(0.2)
        raise AssertionError("gunicorn did not start")

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=30)


SECURITY_HEADERS = [
    "Content-Security-Policy: default-src 'none'",
    "X-Content-Type-Options: nosniff",
    "X-Frame-Options: DENY",
    "Referrer-Policy: strict-origin-when-cross-origin",
]


def test_gunicorns_own_error_pages_carry_the_security_headers(gunicorn, tmp_path):
    port = gunicorn()
    too_long = raw_request(port, b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert too_long.startswith("HTTP/1.1 414 ")
    big_header = raw_request(
        port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n"
    )
    assert big_header.startswith(("HTTP/1.1 431 ", "HTTP/1.1 400 "))
    garbage = raw_request(port, b"\x16\x03\x01 nonsense\r\n\r\n")
    assert garbage.startswith("HTTP/1.1 400 ")
    for response in (too_long, big_header, garbage):
        head = response.split("\r\n\r\n", 1)[0]
        for header in SECURITY_HEADERS:
            assert header in head, (header, head)
    # No control socket shared with other instances on the host.
    assert not (tmp_path / "run" / "gunicorn.ctl").exists()
    assert not (tmp_path / ".gunicorn" / "gunicorn.ctl").exists()


def test_a_control_socket_is_made_only_where_the_instance_is_told(gunicorn, tmp_path):
    path = tmp_path / "portal-8001.ctl"
    gunicorn(GUNICORN_CONTROL_SOCKET=str(path))
    deadline = time.monotonic() + 10
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert path.exists()
    assert not (tmp_path / "run" / "gunicorn.ctl").exists()
