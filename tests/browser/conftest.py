"""The browser-test harness: a real server, Debian's Chromium, and axe-core.

A session fixture builds a database of its own (a temporary SQLite file, or,
when DATABASE_URL points at PostgreSQL, a separate database named after it with
"_browser"), loads the initial content, and starts the site with `runserver`
on a free port of 127.0.0.1. Chromium is driven through Playwright.

Where Chromium, Playwright or axe-core is missing, the tests are skipped with
the reason; with BROWSER_TESTS_REQUIRED=1 (as in CI) they fail instead.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("BROWSER_TESTS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "build" / "screenshots"
SERVER_SETTINGS = "astrakhan_portal.settings.browser"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}


def required():
    return os.environ.get("BROWSER_TESTS_REQUIRED", "") == "1"


def unavailable(reason):
    """Skip, or fail when the environment says browser tests are mandatory."""
    if required():
        pytest.fail(f"BROWSER_TESTS_REQUIRED=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)


# --- The server -------------------------------------------------------------


@dataclass
class PortalServer:
    url: str
    pages: dict  # page type -> {"urls": {lang: path}, "titles": {lang: title}}
    log: Path
    env: dict = None  # the server's environment (its DATABASE_URL), for checks in its database

    def page_url(self, kind, language):
        try:
            return self.pages[kind]["urls"][language]
        except KeyError:
            pytest.fail(f"The browser-test server has no live {kind} in {language}", pytrace=False)

    def title(self, kind, language):
        return self.pages[kind]["titles"][language]


def port_range():
    first, _, last = os.environ.get("BROWSER_TESTS_PORTS", "8400-8419").partition("-")
    return range(int(first), int(last or first) + 1)


def free_port():
    for port in port_range():
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    pytest.fail(f"No free port in {port_range()} for the browser-test server", pytrace=False)


class Database:
    """A database for the server alone: a SQLite file, or a PostgreSQL database beside DATABASE_URL's."""

    def __init__(self, folder):
        base = os.environ.get("DATABASE_URL", "")
        self.admin_url = None
        if base.startswith(("postgres://", "postgresql://")):
            parts = urllib.parse.urlsplit(base)
            self.name = parts.path.lstrip("/") + "_browser"
            self.url = urllib.parse.urlunsplit(parts._replace(path="/" + self.name))
            self.admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
        else:
            self.url = f"sqlite:///{folder / 'browser.sqlite3'}"

    def _admin(self, sql):
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(sql)

    def create(self):
        if self.admin_url:
            self.drop()
            self._admin(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        if self.admin_url:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def manage(env, *args, log):
    """Run a command in the server's environment; fail with its output if it fails."""
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    log.write(f"$ {' '.join(args)}\n{done.stdout}{done.stderr}\n")
    if done.returncode:
        pytest.fail(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}", pytrace=False)


def wait_until_up(url, process, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"The server stopped:\n{log_path.read_text()[-4000:]}", pytrace=False)
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    pytest.fail(f"The server did not answer in {timeout} s:\n{log_path.read_text()[-4000:]}", pytrace=False)


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory, chromium):
    """The site, served by a real server process with its own database and content."""
    folder = tmp_path_factory.mktemp("browser-server")
    database = Database(folder)
    database.create()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SERVER_SETTINGS, "DATABASE_URL": database.url}
    env.pop("REDIS_URL", None)  # the server keeps its cache to itself
    env["PYTHONUNBUFFERED"] = "1"
    manifest = folder / "pages.json"
    log_path = folder / "server.log"
    process = None
    try:
        with open(log_path, "a", encoding="utf-8") as log:
            manage(env, "manage.py", "compile_catalogs", log=log)
            manage(env, "manage.py", "migrate", "--noinput", log=log)
            manage(env, "manage.py", "load_initial_content", log=log)
            manage(env, "-m", "tests.browser.seed", str(manifest), log=log)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        with open(log_path, "a", encoding="utf-8") as log:
            process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_until_up(url + "/", process, log_path)
        yield PortalServer(url=url, pages=json.loads(manifest.read_text()), log=log_path, env=env)
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        database.drop()


# --- The browser ------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium, launched by Playwright."""
    if not Path(CHROMIUM).exists():
        unavailable(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed (pip install -r requirements-dev.txt)")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    except Exception as error:
        playwright.stop()
        unavailable(f"Chromium at {CHROMIUM} did not start: {error}")
    yield browser
    browser.close()
    playwright.stop()


@dataclass
class Visit:
    """A visitor's browser tab, with what went wrong in it along the way.

    Requests that would leave the site are blocked and fail the test, as do
    JavaScript errors.
    """

    context: object
    page: object
    base_url: str
    outside_requests: list
    script_errors: list

    @classmethod
    def start(cls, chromium, server):
        context = chromium.new_context(base_url=server.url, viewport=DESKTOP, bypass_csp=True, locale="ru-RU")
        visit = cls(context, None, server.url, [], [])

        def only_this_site(route):
            if route.request.url.startswith(server.url + "/"):
                route.continue_()
            else:
                visit.outside_requests.append(route.request.url)
                route.abort()

        context.route("**/*", only_this_site)
        visit.page = context.new_page()
        visit.page.on("pageerror", lambda error: visit.script_errors.append(str(error)))
        return visit

    def open(self, path):
        return self.page.goto(self.base_url + path)

    def forget(self):
        """As a new visitor: no cookies, a desktop-sized window, nothing noted yet."""
        self.context.clear_cookies()
        self.page.set_viewport_size(DESKTOP)
        self.outside_requests.clear()
        self.script_errors.clear()

    def check(self):
        assert not self.outside_requests, f"Requests left the site: {self.outside_requests}"
        assert not self.script_errors, f"JavaScript errors: {self.script_errors}"


@pytest.fixture
def visit(chromium, portal_server):
    """A fresh browser context (no cookies) on a desktop-sized window."""
    visit = Visit.start(chromium, portal_server)
    yield visit
    visit.context.close()
    visit.check()


@pytest.fixture(scope="module")
def module_visit(chromium, portal_server):
    visit = Visit.start(chromium, portal_server)
    yield visit
    visit.context.close()


@pytest.fixture
def tab(module_visit):
    """Like `visit`, but one browser tab serves a whole module, cleared between tests (faster)."""
    module_visit.forget()
    yield module_visit
    module_visit.check()


# --- axe-core ---------------------------------------------------------------

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def axe_source():
    """axe.min.js from the npm package pinned in tests/browser/package-lock.json."""
    if not AXE_JS.exists():
        npm = shutil.which("npm")
        if npm is None:
            unavailable("axe-core is not installed and npm is missing: run `make browser-deps`")
        done = subprocess.run(
            [npm, "ci", "--prefix", str(HERE), "--no-audit", "--no-fund"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode or not AXE_JS.exists():
            unavailable(f"`npm ci --prefix tests/browser` failed:\n{done.stdout}\n{done.stderr}")
    return AXE_JS.read_text(encoding="utf-8")


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:10]:
            lines.append(f"    at {' '.join(node['target'])}: {node['html'][:200]}")
            for line in (node["summary"] or "").splitlines():
                lines.append(f"      {line}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


@pytest.fixture
def axe(axe_source):
    """axe(page) -> the list of violations of WCAG 2.0/2.1 A and AA and 2.2 AA on the page."""

    def run(page):
        page.add_script_tag(content=axe_source)
        return page.evaluate(
            """async (tags) => {
                const result = await axe.run(document, {
                    runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
                return result.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({target: n.target.map(String), html: n.html,
                                              summary: n.failureSummary})),
                }));
            }""",
            AXE_TAGS,
        )

    return run
