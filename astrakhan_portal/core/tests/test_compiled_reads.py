"""The reads every page makes are compiled to SQL once per process (core/compiled.py):
they must answer exactly what their queryset answers, in both languages, with the
database's current data, and refuse a read whose values would not reach the SQL
as they are."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from astrakhan_portal.core.compiled import CompiledRead, ReadNotCompilable
from astrakhan_portal.core.routing import PAGE_AS_ITS_TYPE, PAGES_AT, page_as_its_type, pages_at
from astrakhan_portal.core.rows import plain_rows
from astrakhan_portal.core.sections import LIVE_CHILDREN, live_children
from events.models import EventEdition, EventSeriesPage
from partners.models import CountryPage

pytestmark = pytest.mark.django_db


def home():
    return Page.objects.get(depth=2)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_sections_read_answers_as_its_queryset(content, language):
    root = home()
    with translation.override(language):
        compiled = LIVE_CHILDREN(path=root.path, depth=root.depth + 1)
        assert compiled == list(live_children(root.path, root.depth + 1))
    assert len(compiled) >= 6
    assert all(isinstance(row["show_in_menus"], bool) for row in compiled)  # SQLite's 0/1 converted


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_page_at_an_address_is_found_in_each_language(content, language):
    root = home()
    country = CountryPage.objects.get(slug_ru="azerbaydzhan")
    field = f"url_path_{language}"
    with translation.override(language):
        found = PAGES_AT(shape=field, url_path=getattr(country, field), path=root.path, depth=country.depth)
        assert found == list(pages_at(field, getattr(country, field), root.path, country.depth))
    assert found == [(country.content_type_id, country.pk)]


def test_a_page_is_read_as_its_own_type_with_its_annotation(content):
    country = CountryPage.objects.get(slug_ru="azerbaydzhan")
    [page] = PAGE_AS_ITS_TYPE(shape=CountryPage, pk=country.pk)
    [expected] = page_as_its_type(CountryPage, country.pk)
    assert type(page) is CountryPage
    assert page.portal_site_has_view_restrictions is expected.portal_site_has_view_restrictions is False
    assert page.latest_revision_created_at == expected.latest_revision_created_at
    with translation.override("en"):
        assert page.title == expected.title == country.title_en
    with translation.override("ru"):
        assert page.title == country.title_ru
    assert PAGE_AS_ITS_TYPE(shape=CountryPage, pk=home().pk) == []


def test_the_read_keeps_sql_not_data(content):
    root = home()
    before = {row["id"]: row["title_en"] for row in LIVE_CHILDREN(path=root.path, depth=root.depth + 1)}
    section = Page.objects.get(pk=next(iter(before)))
    section.title_en = "Renamed by an editor"
    section.save()
    after = {row["id"]: row["title_en"] for row in LIVE_CHILDREN(path=root.path, depth=root.depth + 1)}
    assert after[section.pk] == "Renamed by an editor" != before[section.pk]


def test_the_sql_is_compiled_once_per_language_and_shape(content):
    read = CompiledRead(lambda pk: plain_rows(Page).filter(pk=pk).values_list("depth"), rows="tuples", pk=int)
    root = home()
    with translation.override("ru"):
        read(pk=root.pk)
        read(pk=root.pk + 1)
    with translation.override("en"), CaptureQueriesContext(connection) as queries:
        assert read(pk=root.pk) == [(2,)]
    assert len(read.plans) == 2
    assert len(queries) == 1


def test_a_prefix_with_like_wildcards_matches_them_literally(content):
    root = home()
    root.add_child(instance=Page(title="Underscore", slug="fifty_percent"))
    root.add_child(instance=Page(title="Letter", slug="fiftyxpercent"))
    read = CompiledRead(
        lambda prefix: plain_rows(Page).filter(slug__startswith=prefix).order_by("slug").values_list("slug"),
        rows="tuples",
        prefix=str,
    )
    assert read(prefix="fifty_") == [("fifty_percent",)]
    assert read(prefix="fifty") == [("fifty_percent",), ("fiftyxpercent",)]
    assert read(prefix="%") == []


def test_dates_reach_the_database_as_django_sends_them(content):
    series = EventSeriesPage.objects.first()
    for year in (2010, 2026, 2030):
        EventEdition.objects.create(
            series=series,
            start_date=datetime.date(year, 5, 1),
            end_date=datetime.date(year, 5, 3),
            venue="Астрахань",
        )
    read = CompiledRead(
        lambda on: (
            plain_rows(EventEdition).filter(end_date__gte=on).order_by("pk").values_list("pk", "end_date")
        ),
        rows="tuples",
        on=datetime.date,
    )
    for day in (datetime.date(2000, 1, 1), datetime.date(2026, 6, 1), datetime.date(2999, 1, 1)):
        expected = list(
            EventEdition.objects.filter(end_date__gte=day).order_by("pk").values_list("pk", "end_date")
        )
        assert read(on=day) == expected
    assert len(read(on=datetime.date(2026, 5, 3))) == 2
    assert all(isinstance(end, datetime.date) for _pk, end in read(on=datetime.date(2000, 1, 1)))


@pytest.mark.parametrize(
    "build",
    [
        lambda text: plain_rows(Page).filter(title__icontains=text).values("id"),  # wrapped in %...%
        lambda text: plain_rows(Page).values("id"),  # never used
    ],
    ids=["transformed", "unused"],
)
def test_a_read_whose_value_does_not_reach_the_sql_as_it_is_is_refused(content, build):
    read = CompiledRead(build, text=str)
    with pytest.raises(ReadNotCompilable):
        read(text="Астрахань")


def test_a_value_written_into_the_sql_text_is_refused(content):
    read = CompiledRead(lambda count: plain_rows(Page).values("id")[:count], count=int)
    with pytest.raises(ReadNotCompilable):
        read(count=3)


def test_a_translated_managers_values_are_refused(content):
    # modeltranslation's .values() fills untranslated fields after reading: not the SQL's rows.
    read = CompiledRead(lambda pk: CountryPage.objects.filter(pk=pk).values("title"), pk=int)
    with pytest.raises(ReadNotCompilable):
        read(pk=1)


def test_values_must_be_named_as_declared(content):
    with pytest.raises(TypeError):
        LIVE_CHILDREN(path="0001")


def test_an_optional_value_left_out_selects_a_statement_of_its_own(content):
    def of_depth(depth):
        pages = plain_rows(Page).order_by("path")
        return (pages if depth is None else pages.filter(depth=depth)).values_list("id")

    read = CompiledRead(of_depth, rows="tuples", depth=int)
    assert read(depth=2) == list(Page.objects.filter(depth=2).order_by("path").values_list("id"))
    assert read(depth=None) == list(Page.objects.order_by("path").values_list("id"))
    assert read(depth=3) == list(Page.objects.filter(depth=3).order_by("path").values_list("id"))
    assert len(read.plans) == 2


def test_the_statements_kept_per_read_are_bounded(content, monkeypatch):
    monkeypatch.setattr("astrakhan_portal.core.compiled.MAX_PLANS", 4)
    read = CompiledRead(
        lambda shape, depth: plain_rows(Page).filter(depth=depth).values("id")[:shape], depth=int
    )
    for limit in range(1, 10):
        assert len(read(shape=limit, depth=1)) == 1
        assert len(read.plans) <= 4


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_page_of_every_filter_of_the_news_list_answers_as_the_orm(content, language):
    from news.models import NEWS_PAGE, NewsIndexPage, NewsPage
    from tests.support.factories import NewsPageFactory

    kazakhstan = CountryPage.objects.get(iso_code="KZ")
    for number in range(7):
        NewsPageFactory(
            date=datetime.date(2023 + number % 3, 1 + number, 28 if number % 2 else 1),
            countries=[kazakhstan] if number % 2 else [],
        )
    NewsPageFactory(date=datetime.date(2024, 12, 31), countries=[kazakhstan])
    NewsPageFactory(date=datetime.date(2025, 1, 1), countries=[kazakhstan])
    index = NewsIndexPage.objects.get()
    compared = 0
    with translation.override(language):
        for country in (None, kazakhstan.pk):
            for year in (None, 2023, 2024, 2025):
                news = NewsPage.objects.child_of(index).live()
                news = news.filter(countries=country) if country else news
                news = news.filter(date__year=year) if year else news
                expected = list(news.order_by("-date", "-pk").values_list("pk", flat=True))
                for offset in range(0, len(expected) + 3, 3):
                    rows = NEWS_PAGE(
                        shape=(offset, 3),
                        path=index.path,
                        depth=index.depth + 1,
                        country=country,
                        since=year and datetime.date(year, 1, 1),
                        until=year and datetime.date(year, 12, 31),
                    )
                    assert [row["id"] for row in rows] == expected[offset : offset + 3]
                    assert {row["listing_total"] for row in rows} <= {len(expected)}
                    compared += 1
    assert compared > 16


def test_a_page_number_past_the_end_of_an_empty_filter_shows_the_empty_list(client, content):
    # No news concerns Turkmenistan in the initial content: its last page has no rows to read.
    for number in ("3", "-1", "99999999999999999999999"):
        response = client.get(f"/novosti/?country=TM&page={number}")
        assert response.status_code == 200
        assert "По выбранным фильтрам новостей не найдено." in response.content.decode()


def test_the_project_cards_links_are_read_as_the_orm_reads_them_for_any_page_size(content):
    from projects.models import PROJECTS_PER_PAGE, ProjectPage, project_links

    projects = list(ProjectPage.objects.live().order_by("path"))
    assert len(projects) > 2
    for size in range(1, min(len(projects), PROJECTS_PER_PAGE) + 1):
        ids = [project.pk for project in projects[:size]]
        expected = {}
        for project in projects[:size]:
            for kind, targets in (("country", project.countries.all()), ("sphere", project.spheres.all())):
                if targets:
                    expected[project.pk, kind] = {target.pk for target in targets}
        assert dict(project_links(ids)) == expected
    with pytest.raises(ValueError):
        project_links(list(range(1, PROJECTS_PER_PAGE + 2)))


def test_a_warm_project_list_compiles_no_sql_for_its_cards_links(client, content, monkeypatch):
    """Building and compiling the links' union through the ORM cost more than the rest of
    the list's reads: once warm, the list runs SQL compiled before."""
    from django.db.models.sql.compiler import SQLCompiler

    compiled = []
    as_sql = SQLCompiler.as_sql

    def recording(self, *args, **kwargs):
        compiled.append(self.query.model._meta.db_table if self.query.model else "")
        return as_sql(self, *args, **kwargs)

    for address in ("/proekty/", "/proekty/?country=kz", "/en/projects/?sphere=trade"):
        assert client.get(address).status_code == 200
        monkeypatch.setattr(SQLCompiler, "as_sql", recording)
        assert client.get(address).status_code == 200
        monkeypatch.setattr(SQLCompiler, "as_sql", as_sql)
        assert [table for table in compiled if table.startswith("projects_projectpage_")] == []
        compiled.clear()
