"""Every public page type, in Russian and English, passes the W3C Nu HTML checker
(vnu.jar from the npm package vnu-jar, pinned in tests/html/package-lock.json) without
an error and has a meta description.

Pages are rendered through Django's test client and checked in one run of the
checker. `scripts/html-checker-setup.sh` installs the jar (`make test` does it through
scripts/browser-setup.sh); without Java or the jar the test is skipped with the reason,
or fails when BROWSER_TESTS_REQUIRED=1 (CI).
"""

import datetime
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import translation

from tests.support.pages import add_edition, make_news

VNU_JAR = Path(__file__).resolve().parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PREFIX = {"ru": "", "en": "/en"}
PAGE_MODELS = [
    "home.HomePage",
    "partners.CountryIndexPage",
    "partners.CountryPage",
    "projects.ProjectIndexPage",
    "projects.ProjectPage",
    "monuments.MonumentIndexPage",
    "monuments.MonumentPage",
    "universities.UniversityIndexPage",
    "universities.UniversityPage",
    "events.EventIndexPage",
    "events.EventSeriesPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "standard.StandardPage",
]
VIEWS = {
    "search results": "/search/?q={word}",
    "search form": "/search/",
    "not found": "/no-such-page/",
    "visually impaired settings": "/accessibility/",
    "feedback": "/feedback/",
    "open data": "/open-data/",
    "open data passport": "/open-data/projects/",
    "filtered projects": "/proekty/?country=zz",
}
SEARCH_WORD = {"ru": "Астрахань", "en": "Astrakhan"}

pytestmark = [pytest.mark.django_db, pytest.mark.html_validity]


def checker():
    """The java command that runs vnu.jar, or a skip (a failure in CI) saying what is missing."""
    java = shutil.which("java")
    reason = None
    if not java:
        reason = "java is missing (the W3C checker needs Java 11 or later)"
    elif not VNU_JAR.exists():
        reason = f"{VNU_JAR} is missing: run scripts/html-checker-setup.sh"
    if reason:
        if os.environ.get("BROWSER_TESTS_REQUIRED") == "1":
            pytest.fail(f"BROWSER_TESTS_REQUIRED=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return [java, "-Xss4m", "-jar", str(VNU_JAR)]


def validate(command, files):
    """The checker's errors for each file, as {file name: [message, ...]}."""
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = {}
    for message in messages:
        name = Path(message.get("url", "")).name
        where = f"line {message.get('lastLine', '?')}: " if message.get("lastLine") else ""
        errors.setdefault(name, []).append(
            f"{where}{message['message']} [{message.get('extract', '').strip()}]"
        )
    return errors


def public_pages(content):
    """(name, address) of one page of each type in each language."""
    from django.apps import apps

    index = apps.get_model("news.NewsIndexPage").objects.get()
    make_news(
        index,
        title=("Делегация Туркменистана", "A delegation from Turkmenistan"),
        summary=("Кратко.", "In brief."),
    )
    make_news(index, title=("Только по-русски", ""), date=datetime.date(2024, 4, 1))
    series = apps.get_model("events.EventSeriesPage").objects.get(slug_en="caspian-media-forum")
    add_edition(
        series, datetime.date(2099, 5, 1), datetime.date(2099, 5, 3), link="https://example.org/forum"
    )
    add_edition(series, datetime.date(2001, 5, 1), datetime.date(2001, 5, 1))
    for language in ("ru", "en"):
        with translation.override(language):
            for label in PAGE_MODELS:
                page = apps.get_model(label).objects.live().order_by("path").first()
                yield f"{label}-{language}", page.get_url()
        for name, path in VIEWS.items():
            if name == "filtered projects":
                path = path if language == "ru" else "/projects/?country=zz"
            yield f"{name}-{language}", PREFIX[language] + path.format(word=SEARCH_WORD[language])


def test_every_public_page_type_is_valid_html_with_a_meta_description(client, content, tmp_path):
    command = checker()
    files = {}
    missing_description = []
    for name, url in public_pages(content):
        response = client.get(url)
        assert response.status_code in (200, 404), (url, response.status_code)
        html = response.content.decode()
        if not re.search(r'<meta name="description" content="[^"]+\S[^"]*">', html):
            missing_description.append(url)
        path = tmp_path / (re.sub(r"[^\w-]+", "_", name) + ".html")
        path.write_text(html, encoding="utf-8")
        files[path.name] = url
    # A feedback form sent empty shows its errors.
    html = client.post("/en/feedback/", {"name": "", "email": "x", "message": ""}).content.decode()
    (tmp_path / "feedback-errors-en.html").write_text(html, encoding="utf-8")
    files["feedback-errors-en.html"] = "/en/feedback/ (errors)"

    errors = validate(command, [tmp_path / name for name in files])
    report = {files[name]: messages for name, messages in errors.items()}
    assert report == {}, json.dumps(report, ensure_ascii=False, indent=1)
    assert missing_description == []


def test_the_checker_reports_an_error(tmp_path):
    """The check is not vacuous: an invalid page is reported."""
    command = checker()
    page = tmp_path / "broken.html"
    page.write_text('<!DOCTYPE html><html lang="en"><title>x</title><p><div></span></html>', encoding="utf-8")
    assert validate(command, [page])["broken.html"]
