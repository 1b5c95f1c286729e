"""The production topology on this machine: ``make stack``.

Varnish (Debian's package) on http://127.0.0.1:8080/ in front of two gunicorn
instances with the production settings, on PostgreSQL and Redis, with the
initial content (tests/support/stack.py). Runs until Ctrl-C or SIGTERM, then
stops everything it started.

Environment (defaults are this machine's local servers):

- ``DATABASE_URL``: ``postgres://postgres@127.0.0.1:5432/portal_stack`` (created if missing);
- ``REDIS_URL``: ``redis://127.0.0.1:6379/3``;
- ``STACK_PORT``: the proxy's port (8080); ``STACK_APP_PORTS``: the app servers' (8101,8102);
- ``STACK_DIR``: working files (build/stack); ``WEB_CONCURRENCY``: workers per app server (2).
"""

import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.stack import BASE_DIR, HOST, Stack, StackError, ensure_varnish  # noqa: E402


def main():
    stack = Stack(
        database_url=os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/portal_stack",
        redis_url=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/3",
        proxy_port=int(os.environ.get("STACK_PORT", "8080")),
        app_ports=[int(p) for p in os.environ.get("STACK_APP_PORTS", "8101,8102").split(",")],
        work_dir=Path(os.environ.get("STACK_DIR", BASE_DIR / "build" / "stack")),
        workers=int(os.environ.get("WEB_CONCURRENCY", "2")),
    )
    stopping = []

    def stop(signum, frame):
        stopping.append(signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        ensure_varnish()
        stack.prepare()
        stack.start()
        print(
            f"\nThe stack is up: http://{HOST}:{stack.proxy_port}/ (Varnish) in front of "
            + ", ".join(f"http://{HOST}:{port}/" for port in stack.app_ports)
            + f" (gunicorn, production settings).\nDatabase {stack.database_url}, Redis {stack.redis_url}. "
            f"Logs in {stack.work_dir}. Ctrl-C stops everything.",
            flush=True,
        )
        while not stopping:
            for process in stack.processes():
                if process.poll() is not None:
                    raise StackError(f"A process of the stack exited; see the logs in {stack.work_dir}.")
            time.sleep(0.5)
    except StackError as error:
        print(f"make stack: {error}", file=sys.stderr)
        return 1
    finally:
        stack.stop()
    print("Stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
