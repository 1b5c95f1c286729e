"""Benchmark of the production set-up: ``make bench`` (SQLite) or ``make bench DB=postgres``.

Starts the production settings under gunicorn (2 sync workers, gunicorn.conf.py)
on 127.0.0.1 with the initial content, once without and once with the page
cache, and measures the home page, a country page, a filtered project list, a
news item and a search, plus a static file served by WhiteNoise through the same
gunicorn as the ceiling: requests per second, p50 and p99 latency, and the
workers' CPU milliseconds per request (from /proc/<pid>/stat before and after).

The load generator is plain Python: threads, one keep-alive http.client
connection each, a bounded number of requests and seconds, and only 127.0.0.1.
"""

import argparse
import http.client
import json
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
WORK_DIR = BASE_DIR / "build" / "bench"
PYTHON = sys.executable
HOST = "127.0.0.1"  # the only address this script ever talks to
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# Uncached CPU budgets per request (ms), and the cached share of the static ceiling.
CPU_BUDGET_MS = {"home": 15, "search": 15, "project list": 12, "country": 8, "news item": 8}
CACHED_SHARE_OF_CEILING = 0.9

SETUP_SCRIPT = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from django.utils import translation
from astrakhan_portal.core.testing import bilingual, publish_child
from astrakhan_portal.news.models import NewsIndexPage, NewsPage
from partners.models import CountryPage
from projects.models import ProjectIndexPage

index = NewsIndexPage.objects.get()
news = NewsPage.objects.child_of(index).live().first()
if news is None:
    news = bilingual(
        NewsPage(),
        ("Новость для замера скорости", "Benchmark news item"),
        summary=("Краткое содержание.", "A short summary."),
        body=("Текст новости для замера.", "The text of the benchmark news item."),
    )
    publish_child(index, news)
with translation.override("ru"):
    print(json.dumps({
        "home": "/",
        "country": CountryPage.objects.get(iso_code="KZ").get_url(),
        "project list": ProjectIndexPage.objects.get().get_url() + "?country=kz",
        "news item": news.get_url(),
        "search": "/search/?q=%D0%BA%D0%B0%D1%81%D0%BF%D0%B8%D0%B9",
        "static": staticfiles_storage.url("css/site.css"),
    }))
"""


def log(message):
    print(message, file=sys.stderr, flush=True)


def environment(args, page_cache):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "astrakhan_portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": str(WORK_DIR / "static"),
        "MEDIA_ROOT": str(WORK_DIR / "media"),
        "DATABASE_URL": args.database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "PAGE_CACHE": "1" if page_cache else "0",
        "BIND": f"{HOST}:{args.port}",
        "WEB_CONCURRENCY": "2",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(env, *command, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *command],
        cwd=BASE_DIR,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return result.stdout


def prepare_database(args):
    if args.db == "postgres":
        import psycopg

        name = args.database_url.rsplit("/", 1)[1]
        admin_url = args.database_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
    else:
        (WORK_DIR / "db.sqlite3").unlink(missing_ok=True)


def prepare(args):
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(WORK_DIR / "static", ignore_errors=True)
    prepare_database(args)
    env = environment(args, page_cache=False)
    log(f"Preparing {args.db}: migrate, initial content, collectstatic ...")
    manage(env, "compile_catalogs")
    manage(env, "migrate", "--noinput")
    manage(env, "load_initial_content")
    manage(env, "collectstatic", "--noinput")
    ensure_stylesheet()
    return json.loads(manage(env, "shell", "-c", SETUP_SCRIPT, capture=True).strip().splitlines()[-1])


def ensure_stylesheet():
    """Until a branch brings static/css/site.css, give the bench's copy an empty one.

    The templates link it, and the manifest storage refuses to render a page
    whose static file is missing. Only build/bench is touched.
    """
    manifest_path = WORK_DIR / "static" / "staticfiles.json"
    manifest = json.loads(manifest_path.read_text())
    if "css/site.css" in manifest["paths"]:
        return
    log("static/css/site.css does not exist yet: the bench uses an empty stand-in.")
    target = WORK_DIR / "static" / "css"
    target.mkdir(exist_ok=True)
    for name in ("site.css", "site.0000000000aa.css"):
        (target / name).write_text("/* stand-in for the missing site stylesheet */\n")
    manifest["paths"]["css/site.css"] = "css/site.0000000000aa.css"
    manifest_path.write_text(json.dumps(manifest))


def flush_redis(redis_url):
    if redis_url:
        import redis

        redis.Redis.from_url(redis_url).flushdb()


class Server:
    """gunicorn with gunicorn.conf.py; the master and its worker processes."""

    def __init__(self, env, port):
        self.port = port
        self.process = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "-c", "gunicorn.conf.py"],
            cwd=BASE_DIR,
            env=env,
            start_new_session=True,
        )
        self.wait_until_healthy()

    def wait_until_healthy(self, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("gunicorn exited during start-up")
            try:
                status, _headers, _body = fetch(self.port, "/healthz/")
                if status == 200 and len(self.workers()) == 2:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit("gunicorn did not become healthy")

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
        total = 0
        for pid in self.workers():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime + stime
        return total / CLOCK_TICKS

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def fetch(port, path, connection=None):
    conn = connection or http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request("GET", path, headers={"Host": HOST})
    response = conn.getresponse()
    body = response.read()
    if connection is None:
        conn.close()
    return response.status, dict(response.getheaders()), body


def load(port, path, requests, seconds, concurrency):
    """Latencies (s) of up to ``requests`` GETs of ``path`` within ``seconds``."""
    latencies = []
    errors = []
    lock = threading.Lock()
    issued = [0]
    deadline = time.monotonic() + seconds

    def worker():
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        mine = []
        while time.monotonic() < deadline:
            with lock:
                if issued[0] >= requests:
                    break
                issued[0] += 1
            start = time.perf_counter()
            try:
                status, _headers, _body = fetch(port, path, conn)
            except (OSError, http.client.HTTPException) as error:
                errors.append(repr(error))
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                continue
            mine.append(time.perf_counter() - start)
            if status != 200:
                errors.append(f"HTTP {status}")
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started, errors


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(server, name, path, args, expect_cache):
    for _ in range(args.warmup):
        status, headers, _body = fetch(server.port, path)
        if status != 200:
            raise SystemExit(f"{name} {path}: HTTP {status}")
    state = headers.get("X-Page-Cache")
    if expect_cache is not None and (state == "hit") != expect_cache:
        raise SystemExit(f"{name} {path}: X-Page-Cache is {state!r}")
    cpu_before = server.cpu_seconds()
    latencies, elapsed, errors = load(server.port, path, args.requests, args.seconds, args.concurrency)
    cpu = server.cpu_seconds() - cpu_before
    if errors:
        raise SystemExit(f"{name} {path}: {len(errors)} errors, e.g. {errors[0]}")
    count = len(latencies)
    return {
        "name": name,
        "path": path,
        "requests": count,
        "rps": count / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "cpu_ms": cpu * 1000 / count,
        "cache": state,
    }


def run_mode(args, urls, page_cache):
    flush_redis(args.redis_url)
    server = Server(environment(args, page_cache), args.port)
    try:
        rows = [measure(server, "static (ceiling)", urls["static"], args, expect_cache=None)]
        for name in CPU_BUDGET_MS:
            rows.append(measure(server, name, urls[name], args, expect_cache=page_cache))
    finally:
        server.stop()
    ceiling = rows[0]["rps"]
    for row in rows:
        row["mode"] = "cached" if page_cache else "uncached"
        row["share_of_ceiling"] = row["rps"] / ceiling
        if row["name"] in CPU_BUDGET_MS:
            if page_cache:
                row["target"] = f">= {CACHED_SHARE_OF_CEILING:.0%} of ceiling"
                row["met"] = row["share_of_ceiling"] >= CACHED_SHARE_OF_CEILING
            else:
                row["target"] = f"<= {CPU_BUDGET_MS[row['name']]} ms CPU"
                row["met"] = row["cpu_ms"] <= CPU_BUDGET_MS[row["name"]]
    return rows


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown",
    )
    return {"nproc": os.cpu_count(), "cpu": model, "load_average": os.getloadavg()}


def report(args, rows):
    info = machine()
    print(f"\nDatabase: {args.db}; cache: {'Redis ' + args.redis_url if args.redis_url else 'local memory'}")
    print(f"Machine: nproc={info['nproc']}, CPU: {info['cpu']}, load average before: {info['load_average']}")
    print(
        f"gunicorn: 2 sync workers; client: {args.concurrency} threads, "
        f"up to {args.requests} requests or {args.seconds} s per line\n"
    )
    header = f"{'mode':9} {'page':17} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'CPU ms/req':>10} {'x ceiling':>9}  target"
    print(header)
    print("-" * len(header))
    for row in rows:
        target = ""
        if "target" in row:
            target = f"{row['target']}: {'met' if row['met'] else 'MISSED'}"
        print(
            f"{row['mode']:9} {row['name']:17} {row['rps']:8.0f} {row['p50_ms']:7.1f} {row['p99_ms']:7.1f} "
            f"{row['cpu_ms']:10.2f} {row['share_of_ceiling']:9.2f}  {target}"
        )
    (WORK_DIR / f"results-{args.db}.json").write_text(json.dumps({"machine": info, "rows": rows}, indent=2))


def redis_reachable(url):
    try:
        import redis

        return redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except Exception:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default=os.environ.get("DB", "sqlite"))
    parser.add_argument("--database-url", help="default: SQLite in build/bench, or portal_cache_bench")
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8710")))
    parser.add_argument("--requests", type=int, default=1500, help="per page and mode")
    parser.add_argument("--seconds", type=float, default=20, help="at most, per page and mode")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--warmup", type=int, default=20)
    args = parser.parse_args()
    if args.database_url is None:
        args.database_url = (
            "postgres://postgres@127.0.0.1:5432/portal_cache_bench"
            if args.db == "postgres"
            else f"sqlite:///{WORK_DIR / 'db.sqlite3'}"
        )
    if args.redis_url and not redis_reachable(args.redis_url):
        log(f"Redis at {args.redis_url} does not answer: using each worker's local memory.")
        args.redis_url = ""
    urls = prepare(args)
    rows = run_mode(args, urls, page_cache=False) + run_mode(args, urls, page_cache=True)
    report(args, rows)


if __name__ == "__main__":
    main()
