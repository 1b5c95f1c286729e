"""Benchmark of the production set-up: ``make bench`` (SQLite) or ``make bench DB=postgres``.

Starts the production settings under gunicorn (2 sync workers, gunicorn.conf.py)
on 127.0.0.1 with the initial content, once without and once with the page
cache, and measures the home page, a country page, a filtered project list, a
news item and a search, plus a static file served by WhiteNoise through the same
gunicorn as the ceiling: requests per second, p50 and p99 latency, and the
workers' CPU milliseconds per request (from /proc/<pid>/stat before and after).
Every line is measured in several rounds (``--rounds``, 3): req/s and latency
are those of the best round, CPU per request the median of all rounds.

A third mode, "cold", shows the first view after a publish: with Redis, the
benchmark bumps the shared generation before each request (as a publish does),
so the page, its fragments and its route are all built afresh. It has no
target; it tells what a visitor pays right after an editor publishes.

The report starts with a calibration of the machine (CPU seconds of a fixed
pure-Python loop), so runs on different machines can be compared.

The load generator is plain Python: threads, each sending a prebuilt GET on a
new connection and reading the response to its end, parsing only the status
(gunicorn's sync workers close every connection anyway); its own CPU per
request is reported too. Only 127.0.0.1 is used.
"""

import argparse
import json
import os
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from astrakhan_portal.operations.servers import (  # noqa: E402
    HOST,
    GunicornServer,
    fetch,
    manage,
    prepare_site,
    production_environment,
)

WORK_DIR = BASE_DIR / "build" / "bench"

# Uncached CPU budgets per request (ms), and the cached share of the static ceiling.
CPU_BUDGET_MS = {"home": 15, "search": 15, "project list": 12, "country": 8, "news item": 8}
CACHED_SHARE_OF_CEILING = 0.9
CALIBRATION_LOOP = 10_000_000

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
    # A news item of ordinary length (six paragraphs) about two partner countries;
    # its text is a placeholder: the benchmark database is not the site's.
    paragraphs = range(1, 7)
    news = bilingual(
        NewsPage(),
        ("Новость для замера скорости", "Benchmark news item"),
        summary=("Краткое содержание новости для замера.", "A short summary of the benchmark news item."),
        body=(
            "</p><p>".join(f"Абзац {n} текста новости для замера скорости страницы." for n in paragraphs),
            "</p><p>".join(f"Paragraph {n} of the benchmark news item's text." for n in paragraphs),
        ),
        slug=("novost-dlya-zamera-skorosti", "benchmark-news-item"),
    )
    publish_child(index, news)
    news.countries.set(CountryPage.objects.filter(iso_code__in=["KZ", "AZ"]))
    news.save_revision().publish()
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
    return production_environment(
        database_url=args.database_url,
        static_root=WORK_DIR / "static",
        redis_url=args.redis_url,
        PAGE_CACHE="1" if page_cache else "0",
    )


def prepare(args):
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    env = environment(args, page_cache=False)
    log(f"Preparing {args.db}: migrate, initial content, collectstatic ...")
    prepare_site(env)
    return json.loads(manage(env, "shell", "-c", SETUP_SCRIPT, capture=True).strip().splitlines()[-1])


def flush_redis(redis_url):
    if redis_url:
        import redis

        redis.Redis.from_url(redis_url).flushdb()


def get(port, request):
    """(status, bytes received) of one prebuilt GET on a new connection.

    The server closes the connection after the response (gunicorn's sync
    workers always do), so the response is read to the end of the stream and
    nothing is parsed but the status: the load generator shares the machine's
    cores with the server, and parsing headers in Python would make pages with
    more headers look slower than the server makes them.
    """
    with socket.create_connection((HOST, port), timeout=30) as sock:
        sock.sendall(request)
        received = bytearray()
        while chunk := sock.recv(262144):
            received += chunk
    return int(received[9:12] or 0), len(received)


def load(port, path, requests, seconds, concurrency):
    """Latencies (s) of up to ``requests`` GETs of ``path`` within ``seconds``, and the client's CPU seconds."""
    request = f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode()
    latencies = []
    errors = []
    lock = threading.Lock()
    issued = [0]
    deadline = time.monotonic() + seconds

    def worker():
        mine = []
        while time.monotonic() < deadline:
            with lock:
                if issued[0] >= requests:
                    break
                issued[0] += 1
            start = time.perf_counter()
            try:
                status, _size = get(port, request)
            except OSError as error:
                errors.append(repr(error))
                continue
            mine.append(time.perf_counter() - start)
            if status != 200:
                errors.append(f"HTTP {status}")
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    client_cpu = time.process_time()
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started, errors, time.process_time() - client_cpu


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
    latencies, elapsed, errors, client_cpu = load(
        server.port, path, args.requests, args.seconds, args.concurrency
    )
    cpu = server.cpu_seconds() - cpu_before
    if errors:
        raise SystemExit(f"{name} {path}: {len(errors)} errors, e.g. {errors[0]}")
    return figures(
        name, path, latencies, elapsed, cpu, cache=state, client_cpu_ms=client_cpu * 1000 / len(latencies)
    )


def figures(name, path, latencies, elapsed, cpu, **extra):
    """One line of the report: requests/s, p50 and p99 latency, CPU ms per request."""
    count = len(latencies)
    return {
        "name": name,
        "path": path,
        "requests": count,
        "rps": count / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "cpu_ms": cpu * 1000 / count,
        **extra,
    }


def calibrate():
    """CPU seconds of a fixed pure-Python loop: how fast this machine runs Python right now."""
    best = None
    for _ in range(3):
        start = time.process_time()
        total = 0
        for number in range(CALIBRATION_LOOP):
            total += number
        spent = time.process_time() - start
        best = spent if best is None else min(best, spent)
    return best


def generation_key(redis_url):
    """The page cache's shared generation in Redis (whatever the key prefix), or None."""
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match="*pagecache:generation", count=1000))
    return (client, keys[0]) if len(keys) == 1 else (None, None)


def measure_cold(server, name, path, args):
    """CPU per request when each request follows a purge: everything is built afresh."""
    fetch(server.port, path)
    client, key = generation_key(args.redis_url)
    if client is None:
        raise SystemExit("cold mode: the shared generation was not found in Redis")
    latencies = []
    cpu_before = server.cpu_seconds()
    started = time.perf_counter()
    for _ in range(args.cold_requests):
        client.incr(key)
        start = time.perf_counter()
        status, _headers, _body = fetch(server.port, path)
        latencies.append(time.perf_counter() - start)
        if status != 200:
            raise SystemExit(f"{name} {path}: HTTP {status} (cold)")
    elapsed = time.perf_counter() - started
    cpu = server.cpu_seconds() - cpu_before
    return figures(name, path, latencies, elapsed, cpu, cache="cold", mode="cold", share_of_ceiling=0)


def best_round(measured):
    """The round with the most requests per second, with the median CPU per request of all rounds."""
    row = dict(max(measured, key=lambda row: row["rps"]))
    row["cpu_ms"] = statistics.median(each["cpu_ms"] for each in measured)
    row["client_cpu_ms"] = statistics.median(each["client_cpu_ms"] for each in measured)
    row["rounds"] = [{"rps": each["rps"], "cpu_ms": each["cpu_ms"]} for each in measured]
    return row


def run_mode(args, urls, page_cache):
    flush_redis(args.redis_url)
    server = GunicornServer(environment(args, page_cache), args.port)
    try:
        # Each round measures the ceiling and every page once; a shared machine's
        # noise is then filtered by taking each line's best round.
        rounds = {name: [] for name in ("static (ceiling)", *CPU_BUDGET_MS)}
        for _ in range(args.rounds):
            rounds["static (ceiling)"].append(
                measure(server, "static (ceiling)", urls["static"], args, expect_cache=None)
            )
            for name in CPU_BUDGET_MS:
                rounds[name].append(measure(server, name, urls[name], args, expect_cache=page_cache))
        rows = [best_round(measured) for measured in rounds.values()]
        cold = []
        if not page_cache and args.redis_url and args.cold_requests:
            cold = [measure_cold(server, name, urls[name], args) for name in CPU_BUDGET_MS]
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
    return rows + cold


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown",
    )
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "load_average": " ".join(f"{value:.2f}" for value in os.getloadavg()),
    }


def report(args, rows, info):
    print(f"\nDatabase: {args.db}; cache: {'Redis ' + args.redis_url if args.redis_url else 'local memory'}")
    print(f"Machine: nproc={info['nproc']}, CPU: {info['cpu']}, load average before: {info['load_average']}")
    print(
        f"Calibration: a pure-Python loop of {CALIBRATION_LOOP:,} additions took "
        f"{info['calibration_s']:.2f} s of CPU (best of 3)"
    )
    print(
        f"gunicorn: 2 sync workers; client: {args.concurrency} threads, "
        f"up to {args.requests} requests or {args.seconds} s per line and round; {args.rounds} rounds:\n"
        "req/s, p50 and p99 of the best round; CPU ms/req (the server's workers) and client ms\n"
        "(the load generator's CPU per request, on the same cores) the median of all rounds\n"
    )
    header = (
        f"{'mode':9} {'page':17} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'CPU ms/req':>10} "
        f"{'client ms':>9} {'x ceiling':>9}  target"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        target = ""
        if "target" in row:
            target = f"{row['target']}: {'met' if row['met'] else 'MISSED'}"
        share = f"{row['share_of_ceiling']:9.2f}" if row["share_of_ceiling"] else f"{'-':>9}"
        client = f"{row['client_cpu_ms']:9.2f}" if "client_cpu_ms" in row else f"{'-':>9}"
        if row["mode"] == "cold":
            target = "first view after a publish (no target)"
        print(
            f"{row['mode']:9} {row['name']:17} {row['rps']:8.0f} {row['p50_ms']:7.1f} {row['p99_ms']:7.1f} "
            f"{row['cpu_ms']:10.2f} {client} {share}  {target}"
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
    parser.add_argument("--rounds", type=int, default=3, help="each line is measured this many times")
    parser.add_argument(
        "--cold-requests", type=int, default=40, help="per page, after a purge each (Redis only)"
    )
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
    info = machine()
    info["calibration_s"] = calibrate()
    urls = prepare(args)
    rows = run_mode(args, urls, page_cache=False) + run_mode(args, urls, page_cache=True)
    report(args, rows, info)


if __name__ == "__main__":
    main()
