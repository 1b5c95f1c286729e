"""gunicorn settings: ``gunicorn -c gunicorn.conf.py astrakhan_portal.wsgi``.

Everything an operator may change comes from the environment:

- ``BIND`` (e.g. ``127.0.0.1:8000`` or ``unix:/run/portal.sock``), else
  ``0.0.0.0:$PORT`` with ``PORT`` defaulting to 8000;
- ``WEB_CONCURRENCY``: worker processes (default: 2 per CPU core + 1);
- ``GUNICORN_TIMEOUT``: seconds before a stuck worker is restarted (30);
- ``GUNICORN_ACCESS_LOG``: ``-`` for stdout or a file path; off by default
  (the proxy in front keeps the access log);
- ``GUNICORN_MAX_REQUESTS``: restart a worker after that many requests (off);
- ``FORWARDED_ALLOW_IPS``: proxies trusted for X-Forwarded-* (127.0.0.1);
- ``GUNICORN_CONTROL_SOCKET``: a path for gunicorn's control socket (for
  ``gunicornc``), one per instance; unset, there is none. (gunicorn 25+ would
  otherwise make every instance on a host share ``$XDG_RUNTIME_DIR/gunicorn.ctl``
  or ``~/.gunicorn/gunicorn.ctl``.)

The worker is gunicorn's sync worker whose own error pages (400, 414, 431,
written before Django sees the request) carry the security headers
(``astrakhan_portal/security/gunicorn_worker.py``).
"""

import multiprocessing
import os

wsgi_app = "astrakhan_portal.wsgi:application"

bind = [os.environ.get("BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
worker_class = "astrakhan_portal.security.gunicorn_worker.SecureHeadersSyncWorker"

timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5

max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10

accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Heartbeat files in memory, not on a possibly slow container disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# One control socket per instance, or none (issue 12).
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True
