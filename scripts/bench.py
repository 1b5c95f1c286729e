"""Cold-render benchmark of the production set-up: ``make bench`` and ``make bench-scale``.

``make bench`` (``--db sqlite`` or ``--db postgres``) starts the production
settings under gunicorn (2 sync workers, gunicorn.conf.py) on 127.0.0.1 with
the initial content and no cache of any kind in front, and measures every
public page type: the home page, the search, every listing (unfiltered and
filtered) and every detail page type, plus a static file served by WhiteNoise
through the same gunicorn as the reference. For each it prints the workers'
CPU milliseconds per request (read from /proc/<pid>/stat before and after),
that figure as a multiple of the static file's, and the budget (issue 11); it
exits with status 1 when a budget is missed. Beside each budget it prints, for
information, the same budget as a multiple of the static file (the issue's machine
served it for about 0.3 ms of CPU: home 50 times, listings 40, detail pages 33), which
tells a slower or faster machine from a slower or faster page.

``--scale`` (``make bench-scale``, PostgreSQL) measures the same pages on the
initial content, on a small site whose lists are full (500 generated news
items and 60 projects: the pages show as many cards as at scale; the same
budgets as on the initial content) and on a database filled up to
``generate_bench_content --news 10000 --projects 300``,
plus the news archive's first, middle and last pages and a filtered one, the
sitemap, the news feed and the search; every page must stay within 1.2 times
its cost on the initial content (the issue's budget, enforced) and is also
compared with its cost on the small site with full lists (printed: the growth
with the archive's size alone); the pages with budgets of their own are judged by
them: the search within 20 ms CPU and 30 ms wall, each sitemap section within
100 ms, and the feed constant (its twenty items against the same twenty on the
full lists; against the initial content's one-item feed printed). It also times
an editor saving a draft and publishing a news item through the admin (<= 300 ms each), the admin's news explorer, the admin
search and the missing-translations report (<= 500 ms each).

The machine is shared: the static file's figure is measured in every round,
and each page's line is the median of ``--rounds`` rounds; a page's cost at
scale against its cost on the initial content (or the full lists) is the median
of the rounds' ratios, each round measuring both seconds apart. Compare the
multiples of the static file across machines rather than absolute figures. With
``--scale`` the three sizes are three databases (copies made with PostgreSQL's
``CREATE DATABASE ... TEMPLATE``, then filled further) served by three gunicorn
servers side by side, and each page is measured on the three back to back in every
round: a change in the machine's speed during the run (other work on its two cores)
falls on all three sizes alike instead of on whichever stage ran then, so the ratios
between sizes compare like with like.
The load generator is wrk (Debian's package, installed when missing, as
``scripts/bench_proxy.py`` does): ``--requests`` GETs per page and round over
``--concurrency`` connections, every request on a new connection
(``Connection: close``), as the hand-written threads did before. Its Lua script
(``scripts/bench_count.lua``) stops each connection after its share and
reports the requests, the answers other than 200, the socket errors and the
median latency; no request is left running when the workers' CPU is read.
Only 127.0.0.1 is used.
"""

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench_proxy import ensure_wrk  # noqa: E402  (scripts/, beside this file)

from tests.support.servers import (  # noqa: E402
    HOST,
    GunicornServer,
    copy_database,
    fetch,
    manage,
    prepare_site,
    production_environment,
)

WORK_DIR = BASE_DIR / "build" / "bench"

# Cold CPU budgets per request (ms), issue 11.
HOME_MS, SEARCH_MS, LISTING_MS, DETAIL_MS = 15, 12, 12, 10
# What the static file cost on the machine the budgets were set on (issue 11: "on this
# machine about 0.3 ms"). Each budget is also printed as that multiple of the static file
# (home 50 x, listings 40 x, detail pages 33 x) and checked against this machine's static
# file measured in the same run: the budget on a machine slower or faster than the issue's.
# Printed only; the budgets in ms are what the exit status says.
REFERENCE_STATIC_MS = 0.3
SCALE_FACTOR = 1.2
SCALE_SEARCH_CPU_MS, SCALE_SEARCH_WALL_MS = 20, 30
EDITOR_MS, ADMIN_MS = 300, 500
SCALE_NEWS, SCALE_PROJECTS = 10000, 300
# The small site with full lists measured before the large one (--scale): a full first page
# of news (10) and of the feed (20), also of the news filtered by country and year (with 30
# news items over ten years Kazakhstan had two of the current year, with 500 sixteen), full
# project lists (12 a page) unfiltered and filtered.
FULL_NEWS, FULL_PROJECTS = 500, 60

SETUP_SCRIPT = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from django.utils import translation
from tests.support.pages import bilingual, publish_child
from wagtail.models import Site
from news.models import NewsIndexPage, NewsPage
from astrakhan_portal.seo.sitemap import SECTION_PAGES, public_pages
from standard.models import StandardPage
from events.models import EventIndexPage, EventSeriesPage
from monuments.models import MonumentIndexPage, MonumentPage
from partners.models import CountryIndexPage, CountryPage
from projects.models import CooperationSphere, ProjectIndexPage, ProjectPage
from universities.models import UniversityIndexPage, UniversityPage

index = NewsIndexPage.objects.get()
news = NewsPage.objects.child_of(index).live().exclude(slug_ru__startswith="bench-").first()
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

def first(model):
    return model.objects.live().order_by("path").first()

with translation.override("ru"):
    projects = ProjectIndexPage.objects.get().get_url()
    news_list = index.get_url()
    count = NewsPage.objects.child_of(index).live().count()
    last = max(1, -(-count // 10))
    print(json.dumps({
        "static": staticfiles_storage.url("css/site.css"),
        "home": "/",
        "search": "/search/?q=%D0%BA%D0%B0%D1%81%D0%BF%D0%B8%D0%B9",
        "countries": CountryIndexPage.objects.get().get_url(),
        "projects": projects,
        "projects?country": projects + "?country=kz",
        "projects?sphere": projects + "?sphere=" + CooperationSphere.objects.first().slug,
        "monuments": MonumentIndexPage.objects.get().get_url(),
        "universities": UniversityIndexPage.objects.get().get_url(),
        "events": EventIndexPage.objects.get().get_url(),
        "news": news_list,
        "news?country&year": news_list + f"?country=kz&year={news.date.year}",
        "news?page=middle": news_list + f"?page={max(1, last // 2)}",
        "news?page=last": news_list + f"?page={last}",
        "country": CountryPage.objects.get(iso_code="KZ").get_url(),
        "project": first(ProjectPage).get_url(),
        "monument": first(MonumentPage).get_url(),
        "university": first(UniversityPage).get_url(),
        "event series": first(EventSeriesPage).get_url(),
        "news item": news.get_url(),
        "standard page": first(StandardPage).get_url(),
        "feed": "/feeds/news.xml",
        "sitemap": "/sitemap.xml",
        "sitemap section 1": "/sitemap-1.xml",
        "sitemap last section": f"/sitemap-{max(1, -(-public_pages(Site.objects.get(is_default_site=True).root_page).count() // SECTION_PAGES))}.xml",
    }))
"""

# page name -> (kind, budget in ms of CPU per request); the URLs come from SETUP_SCRIPT.
PAGES = {
    "home": ("home", HOME_MS),
    "search": ("search", SEARCH_MS),
    "countries": ("listing", LISTING_MS),
    "projects": ("listing", LISTING_MS),
    "projects?country": ("listing", LISTING_MS),
    "projects?sphere": ("listing", LISTING_MS),
    "monuments": ("listing", LISTING_MS),
    "universities": ("listing", LISTING_MS),
    "events": ("listing", LISTING_MS),
    "news": ("listing", LISTING_MS),
    "news?country&year": ("listing", LISTING_MS),
    "country": ("detail", DETAIL_MS),
    "project": ("detail", DETAIL_MS),
    "monument": ("detail", DETAIL_MS),
    "university": ("detail", DETAIL_MS),
    "event series": ("detail", DETAIL_MS),
    "news item": ("detail", DETAIL_MS),
    "standard page": ("detail", DETAIL_MS),
}
# Measured too in --scale mode; their budget is their cost on the initial content times 1.2.
SCALE_PAGES = [
    "news?page=middle",
    "news?page=last",
    "feed",
    "sitemap",
    "sitemap section 1",
    "sitemap last section",
]
SITEMAP_SECTION_MS = 100

EDITOR_SCRIPT = BASE_DIR / "scripts" / "bench_editor.py"
WRK_SCRIPT = BASE_DIR / "scripts" / "bench_count.lua"
# wrk's run ends when every thread has sent its share of the requests; this is only a bound.
MAX_WRK_SECONDS = 1800


def log(message):
    print(message, file=sys.stderr, flush=True)


def environment(args):
    return production_environment(database_url=args.database_url, static_root=WORK_DIR / "static")


def urls_of(env):
    return json.loads(manage(env, "shell", "-c", SETUP_SCRIPT, capture=True).strip().splitlines()[-1])


def load(port, path, requests, concurrency):
    """wrk's GETs of ``path``, ``requests`` in all: (requests answered, errors, median latency in s).

    Each of wrk's ``concurrency`` threads has one connection and stops after
    its share (``scripts/bench_count.lua``); once all have, wrk is interrupted
    (SIGINT) and prints its summary, so no request is left running.
    """
    quota = -(-requests // concurrency)
    process = subprocess.Popen(
        [
            ensure_wrk(),
            f"-t{concurrency}",
            f"-c{concurrency}",
            f"-d{MAX_WRK_SECONDS}s",
            "--timeout",
            "60s",
            "-s",
            str(WRK_SCRIPT),
            "-H",
            "Connection: close",
            "-H",
            f"Host: {HOST}",
            f"http://{HOST}:{port}{path}",
            "--",
            str(quota),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    output = []
    done = 0
    for line in process.stdout:
        output.append(line)
        if line.startswith("THREAD DONE"):
            done += 1
            if done == concurrency:
                process.send_signal(signal.SIGINT)
    process.wait()
    line = next((line for line in output if line.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"{path}: no result from wrk\n{''.join(output)}{process.stderr.read()}")
    answered, not_ok, socket_errors, median_us = (int(value) for value in line.split()[1:])
    errors = []
    if not_ok:
        errors.append(f"{not_ok} answers other than 200")
    if socket_errors:
        errors.append(f"{socket_errors} socket errors")
    if not answered:
        errors.append("no request answered")
    return answered, errors, median_us / 1e6


def measure(server, name, path, args, requests=None):
    """CPU ms per request of the workers, and median wall ms, for ``path``."""
    for _ in range(args.warmup):
        status, _headers, _body = fetch(server.port, path)
        if status != 200:
            raise SystemExit(f"{name} {path}: HTTP {status}")
    cpu_before = server.cpu_seconds()
    answered, errors, median = load(server.port, path, requests or args.requests, args.concurrency)
    cpu = server.cpu_seconds() - cpu_before
    if errors:
        raise SystemExit(f"{name} {path}: {', '.join(errors)}")
    return {"cpu_ms": cpu * 1000 / answered, "wall_ms": median * 1000}


def run(args, env, urls, names):
    """{name: {cpu_ms, wall_ms, path}} for ``names`` and the static file, medians of the rounds."""
    return run_sizes(args, {"only": (env, urls)}, names)["only"]


def run_sizes(args, sizes, names):
    """:func:`run` for several sizes of the site at once: ``sizes`` is {size: (env, urls)};
    one gunicorn server per size (ports from ``--port`` up), each page measured on every
    size back to back in every round. {size: {name: {cpu_ms, wall_ms, path}}}."""
    servers = {}
    rounds = {size: {name: [] for name in ("static", *names)} for size in sizes}
    try:
        for offset, (size, (env, _urls)) in enumerate(sizes.items()):
            servers[size] = GunicornServer(env, args.port + offset)
        for _ in range(args.rounds):
            for name in ("static", *names):
                heavy = name.startswith("sitemap ")
                for size, (_env, urls) in sizes.items():
                    rounds[size][name].append(
                        measure(
                            servers[size],
                            name,
                            urls[name],
                            args,
                            requests=max(2, args.requests // 10) if heavy else None,
                        )
                    )
    finally:
        for server in servers.values():
            server.stop()
    return {
        size: {
            name: {
                "path": sizes[size][1][name],
                "cpu_ms": statistics.median(r["cpu_ms"] for r in measured),
                "cpu_rounds": [r["cpu_ms"] for r in measured],
                "wall_ms": statistics.median(r["wall_ms"] for r in measured),
            }
            for name, measured in rounds[size].items()
        }
        for size in sizes
    }


def paired_ratio(rows, base, name):
    """How many times its cost in ``base`` page ``name`` costs in ``rows``: the median, over
    the rounds, of the ratio of the two measurements of each round, taken seconds apart on
    two servers. The machine's speed drifts over minutes by more than the 1.2 times judged
    (in one run the news list's medians read 7.3 ms on the full lists and 9.0 at 10,000
    items; alternated over five rounds, 5.4 and 5.4); within a round that drift falls on
    both measurements, and the median of the ratios keeps a round disturbed on one side
    only from deciding."""
    pairs = zip(rows[name]["cpu_rounds"], base[name]["cpu_rounds"], strict=True)
    return statistics.median(cost / base_cost for cost, base_cost in pairs)


def table(title, rows, budgets, growth=None, relative=None):
    """Print the rows with their multiple of the static file and their budget; True if all met.

    A budget is (limit, text): the page's CPU ms within the limit; or (limit, text, value):
    ``value`` (a :func:`paired_ratio`) within the limit. ``growth`` ({name: (limit, text,
    value)}) adds a second verdict, printed only: the cost against the same pages on a
    small site whose lists are full (see ``FULL_NEWS``). ``relative`` ({name: budget in
    ms}) adds the budget as a multiple of the static file (see ``REFERENCE_STATIC_MS``),
    printed only."""
    static = rows["static"]["cpu_ms"]
    print(f"\n{title}")
    header = f"{'page':20} {'CPU ms/req':>10} {'wall ms':>8} {'x static':>9}  budget"
    print(header)
    print("-" * (len(header) + 30))
    all_met = True
    for name, row in rows.items():
        budget = budgets.get(name)
        verdict = ""
        if budget is not None:
            limit, text, *ratio = budget
            met = (ratio[0] if ratio else row["cpu_ms"]) <= limit
            all_met &= met
            verdict = f"{text}{f' ({ratio[0]:.2f})' if ratio else ''}: {'met' if met else 'MISSED'}"
        if relative and name in relative:
            multiple = relative[name] / REFERENCE_STATIC_MS
            verdict += (
                f"; <= {multiple:.0f} x static: {'met' if row['cpu_ms'] <= multiple * static else 'missed'}"
            )
        if growth and name in growth:
            limit, text, ratio = growth[name]
            verdict += f"; {text} ({ratio:.2f}): {'met' if ratio <= limit else 'missed'}"
        print(
            f"{name:20} {row['cpu_ms']:10.2f} {row['wall_ms']:8.1f} {row['cpu_ms'] / static:9.1f}  {verdict}"
        )
    return all_met


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown",
    )
    return f"nproc={os.cpu_count()}, CPU: {model}, load average: " + " ".join(
        f"{value:.2f}" for value in os.getloadavg()
    )


def generate(env, news, projects):
    log(f"generate_bench_content --news {news} --projects {projects} ...")
    started = time.monotonic()
    manage(env, "generate_bench_content", "--force", f"--news={news}", f"--projects={projects}")
    return time.monotonic() - started


def copy_of(env, suffix, source=None):
    """The environment of a database named as ``env``'s with ``suffix``, made now as a copy of
    ``source``'s database (default: ``env``'s)."""
    base, _, query = env["DATABASE_URL"].partition("?")
    database_url = base + suffix + (f"?{query}" if query else "")
    copy_database((source or env)["DATABASE_URL"], database_url)
    return {**env, "DATABASE_URL": database_url}


def editor_timings(env):
    """{action: (wall ms, CPU ms)} of the admin actions, from scripts/bench_editor.py."""
    output = subprocess.run(
        [sys.executable, str(EDITOR_SCRIPT)],
        cwd=BASE_DIR,
        env=env,
        check=True,
        text=True,
        capture_output=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default=os.environ.get("DB", "sqlite"))
    parser.add_argument(
        "--database-url", help="default: SQLite in build/bench, or portal_bench on PostgreSQL"
    )
    parser.add_argument(
        "--scale", action="store_true", help="also measure with 10,000 news items (PostgreSQL)"
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="print missed budgets but exit 0 (CI, while issue 11's budgets are not all met)",
    )
    parser.add_argument("--news", type=int, default=SCALE_NEWS)
    parser.add_argument("--projects", type=int, default=SCALE_PROJECTS)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8710")))
    parser.add_argument("--requests", type=int, default=200, help="per page and round")
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.scale:
        args.db = "postgres"
    if args.database_url is None:
        args.database_url = (
            "postgres://postgres@127.0.0.1:5432/portal_bench"
            if args.db == "postgres"
            else f"sqlite:///{WORK_DIR / 'db.sqlite3'}"
        )
    ensure_wrk()  # before the long preparation
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    env = environment(args)
    print(f"Machine before: {machine()}")
    log(f"Preparing {args.db}: migrate, initial content, collectstatic ...")
    prepare_site(env)
    urls = urls_of(env)
    names = list(PAGES) + (SCALE_PAGES if args.scale else [])
    relative = {name: budget for name, (_kind, budget) in PAGES.items()}
    budgets = {name: (budget, f"<= {budget} ms CPU") for name, (_kind, budget) in PAGES.items()}
    if not args.scale:
        initial = run(args, env, urls, names)
        ok = table(
            f"Initial content, {args.db}, no cache (2 sync workers)", initial, budgets, relative=relative
        )
        results = {"machine": machine(), "initial": initial}
    else:
        # A small site whose every list is full (the lists show as many cards as at scale, so
        # the growth with the archive's size is told apart from that of fuller pages), then the
        # large one: copies of the initial database, filled further, measured side by side.
        full_env = copy_of(env, "_full")
        generate(full_env, FULL_NEWS, FULL_PROJECTS)
        scale_env = copy_of(env, "_scale", source=full_env)
        generate_s = generate(scale_env, args.news - FULL_NEWS, args.projects - FULL_PROJECTS)
        sizes = {
            "initial": (env, urls),
            "full": (full_env, urls_of(full_env)),
            "scaled": (scale_env, urls_of(scale_env)),
        }
        measured = run_sizes(args, sizes, names)
        initial, full, scaled = measured["initial"], measured["full"], measured["scaled"]
        ok = table(
            f"Initial content, {args.db}, no cache (2 sync workers)", initial, budgets, relative=relative
        )
        ok &= table(
            f"Full lists: the initial content and {FULL_NEWS} news items, {FULL_PROJECTS} projects",
            full,
            budgets,
            relative=relative,
        )
        results = {"machine": machine(), "initial": initial, "full": full, "generate_s": generate_s}
        scale_budgets = {
            name: (SCALE_FACTOR, f"<= {SCALE_FACTOR} x initial", paired_ratio(scaled, initial, name))
            for name in names
        }
        # The search and the sitemap's sections have budgets of their own at scale.
        growth = {
            name: (SCALE_FACTOR, f"<= {SCALE_FACTOR} x full lists", paired_ratio(scaled, full, name))
            for name in names
            if name != "search" and not name.startswith("sitemap ")
        }
        scale_budgets["search"] = (SCALE_SEARCH_CPU_MS, f"<= {SCALE_SEARCH_CPU_MS} ms CPU")
        # The feed's own budget is to stay constant (issue 11): it lists the twenty newest
        # items on the full lists as at scale, so it is judged against the full lists; the
        # initial content has one news item, and its one-item feed is printed beside it.
        scale_budgets["feed"], growth["feed"] = (
            (SCALE_FACTOR, f"constant: <= {SCALE_FACTOR} x full lists", paired_ratio(scaled, full, "feed")),
            (SCALE_FACTOR, f"<= {SCALE_FACTOR} x initial (1 item)", paired_ratio(scaled, initial, "feed")),
        )
        for name in ("sitemap section 1", "sitemap last section"):
            scale_budgets[name] = (SITEMAP_SECTION_MS, f"<= {SITEMAP_SECTION_MS} ms CPU")
        ok &= table(
            f"{args.news} news items, {args.projects} projects (generated in {generate_s:.0f} s)",
            scaled,
            scale_budgets,
            growth,
        )
        search_wall = scaled["search"]["wall_ms"]
        print(f"search wall: {search_wall:.1f} ms (<= {SCALE_SEARCH_WALL_MS})")
        ok &= search_wall <= SCALE_SEARCH_WALL_MS
        editor = editor_timings(scale_env)
        print("\nEditors at scale (server time in one process, ms)")
        for action, (wall, cpu) in editor.items():
            limit = EDITOR_MS if action in ("save draft", "publish") else ADMIN_MS
            met = wall <= limit
            ok &= met
            print(f"{action:28} {wall:8.1f} wall {cpu:8.1f} CPU  <= {limit}: {'met' if met else 'MISSED'}")
        results.update(scaled=scaled, editor=editor)
    print(f"\nMachine after: {machine()}")
    (WORK_DIR / f"results-{args.db}{'-scale' if args.scale else ''}.json").write_text(
        json.dumps(results, indent=2)
    )
    if not ok:
        print("\nSome budgets were missed.")
        if not args.report_only:
            sys.exit(1)


if __name__ == "__main__":
    main()
