"""gunicorn settings: ``gunicorn -c gunicorn.conf.py astrakhan_portal.wsgi``.

Everything an operator may change comes from the environment:

- ``BIND`` (e.g. ``127.0.0.1:8000`` or ``unix:/run/portal.sock``), else
  ``0.0.0.0:$PORT`` with ``PORT`` defaulting to 8000;
- ``WEB_CONCURRENCY``: worker processes (default: 2 per CPU core + 1);
- ``GUNICORN_TIMEOUT``: seconds before a stuck worker is restarted (30);
- ``GUNICORN_ACCESS_LOG``: ``-`` for stdout or a file path; off by default
  (the proxy in front keeps the access log);
- ``GUNICORN_MAX_REQUESTS``: restart a worker after that many requests (off);
- ``FORWARDED_ALLOW_IPS``: proxies trusted for X-Forwarded-* (127.0.0.1).
"""

import multiprocessing
import os

wsgi_app = "astrakhan_portal.wsgi:application"

bind = [os.environ.get("BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"

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
