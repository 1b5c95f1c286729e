"""A visitor pages through years of news: any page of the archive, filtered or not,
costs the same queries, and the database sorts only the keys of the news items
it skips, not their full rows."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from news.models import NEWS_PER_PAGE, NewsIndexPage
from partners.models import CountryPage
from tests.support.pages import make_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(content):
    index = NewsIndexPage.objects.get()
    kazakhstan = CountryPage.objects.get(iso_code="KZ")
    for n in range(3 * NEWS_PER_PAGE + 2):
        make_news(
            index,
            title=(f"Новость {n}", f"News {n}"),
            date=datetime.date(2020 + n % 3, 1 + n % 12, 1),
            countries=[kazakhstan] if n % 2 else (),
        )
    with translation.override("ru"):
        return index.get_url()


def queries_of(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response, [query["sql"] for query in captured.captured_queries]


def test_every_page_of_the_archive_costs_the_queries_of_the_first(client, archive):
    _response, first = queries_of(client, archive)
    for query in ("?page=2", "?page=4", "?country=kz&page=2", "?country=kz&year=2021"):
        response, sql = queries_of(client, archive + query)
        assert len(sql) == len(first), query
        assert response.context["news_page"].object_list, query
    # A page past the end: the count, then the last page, are read by queries of their own.
    response, sql = queries_of(client, archive + "?page=99")
    assert response.context["news_page"].number == 4
    assert len(sql) == len(first) + 2


def test_the_page_is_picked_by_key_and_only_its_rows_are_read_in_full(client, archive):
    response, sql = queries_of(client, archive + "?page=3")
    page = response.context["news_page"]
    assert page.number == 3
    assert page.paginator.count == 3 * NEWS_PER_PAGE + 2  # the initial content has no news
    assert [item.title for item in page.object_list] == [
        item.title for item in response.context["news_page"].paginator.object_list[20:30]
    ]
    (paged,) = [query for query in sql if "OFFSET" in query]
    # The OFFSET is in a subquery that selects the key only; the cards' columns (title,
    # date) are read by the outer query for the page's ten items, and never the body.
    inner = re.search(r'IN \(SELECT (\S+) AS "pk" FROM (.*?) OFFSET', paged)
    assert inner, paged
    assert "title_ru" not in inner.group(2)
    assert '"wagtailcore_page"."title_ru"' in paged[: inner.start()]
    assert '"news_newspage"."date"' in paged[: inner.start()]
    assert "body" not in paged


def test_drafts_and_withdrawn_items_are_on_no_page_and_in_no_count(client, archive):
    """The archive reads the news table's date index and skips the pages that are not live
    news of this list (``news.models.live_news``): a withdrawn item and a draft are on no
    page, in no total, whatever the filter, and every page matches Wagtail's own query."""
    from news.models import NewsPage

    index = NewsIndexPage.objects.get()
    kazakhstan = CountryPage.objects.get(iso_code="KZ")
    withdrawn = make_news(index, title=("Снятая новость", "Withdrawn"), countries=[kazakhstan])
    withdrawn.unpublish()
    draft = make_news(index, title=("Черновик", "Draft"), date=datetime.date(2021, 1, 1))
    draft.unpublish()
    live = NewsPage.objects.live().child_of(index)
    for query, expected in [
        ("", live),
        ("?country=kz", live.filter(countries=kazakhstan)),
        ("?year=2021", live.filter(date__year=2021)),
        ("?country=kz&year=2021", live.filter(countries=kazakhstan, date__year=2021)),
    ]:
        expected = list(expected.order_by("-date", "-pk").values_list("title_ru", flat=True))
        shown = []
        for number in range(1, -(-len(expected) // NEWS_PER_PAGE) + 1):
            separator = "&" if query else "?"
            response, _sql = queries_of(client, f"{archive}{query}{separator}page={number}")
            page = response.context["news_page"]
            assert page.paginator.count == len(expected), query
            shown += [item.title for item in page.object_list]
        assert shown == expected, query
        assert "Черновик" not in shown and "Снятая новость" not in shown
    # The page's keys come from the news table alone: the pages table is asked only for
    # the small set of pages to skip, not joined to every news item.
    _response, sql = queries_of(client, archive + "?page=3")
    (paged,) = [query for query in sql if "OFFSET" in query]
    keys = re.search(r'IN \(SELECT (\S+) AS "pk" FROM "news_newspage" \w+ WHERE (.*?) OFFSET', paged)
    assert keys and "JOIN" not in keys.group(2), paged
