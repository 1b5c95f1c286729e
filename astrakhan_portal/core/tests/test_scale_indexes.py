"""The lookups of one page among thousands read an index, not the page table
(core/migrations 0001-0003; docs/performance.md, "Indexes for content at scale")."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from news.models import NewsIndexPage, NewsPage
from tests.support.pages import make_news

pytestmark = pytest.mark.django_db

INDEXES = {
    "wagtailcore_page": [
        "portal_page_depth_path",
        "portal_page_slug_ru",
        "portal_page_slug_en",
        "portal_page_url_path_ru",
        "portal_page_url_path_en",
    ],
    "wagtailsearch_indexentry": ["portal_indexentry_new_title_norm"],
}


def plan_of(sql):
    """The database's plan of ``sql`` (as captured, parameters in), with the page table's
    statistics gathered (both databases weigh indexes by them, as in production); on
    PostgreSQL with sequential scans discouraged, so that a usable index shows on a
    small test table."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailcore_page")
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("EXPLAIN " + sql)
            return "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("EXPLAIN QUERY PLAN " + sql)
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def reads_a_language_column_index(plan):
    return bool(re.search(r"portal_page_(url_path|slug)_(ru|en)\b", plan))


def test_the_indexes_exist(content):
    with connection.cursor() as cursor:
        for table, names in INDEXES.items():
            found = connection.introspection.get_constraints(cursor, table)
            assert set(names) <= set(found), table


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_news_item_is_found_and_its_slug_checked_through_an_index(client, content, language):
    index = NewsIndexPage.objects.get()
    item = make_news(index, title=("Новость", "News item"))
    with translation.override(language):
        url = item.get_url()
    with CaptureQueriesContext(connection) as served:
        assert client.get(url).status_code == 200
    page = NewsPage.objects.get(pk=item.pk)
    with translation.override(language), CaptureQueriesContext(connection) as cleaned:
        page.full_clean()

    lookups = [q["sql"] for q in served.captured_queries if f'"url_path_{language}" =' in q["sql"]]
    slug_checks = [q["sql"] for q in cleaned.captured_queries if f'"slug_{language}" =' in q["sql"]]
    assert lookups
    assert slug_checks
    for sql in lookups + slug_checks:
        plan = plan_of(sql)
        assert reads_a_language_column_index(plan), f"{sql}\n{plan}"
