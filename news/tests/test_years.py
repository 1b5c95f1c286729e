"""A visitor filters the news by year: the filter offers exactly the years with published
news, newest first, found by one query that probes the date index once per year
instead of reading every news item."""

import datetime

import pytest
from django.db import connection
from django.db.models.functions import ExtractYear
from django.test.utils import CaptureQueriesContext

from news.models import NewsIndexPage, NewsPage
from news.years import news_years
from tests.support.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def orm_years(index):
    news = NewsPage.objects.child_of(index).live().annotate(year=ExtractYear("date"))
    return list(news.order_by("-year").values_list("year", flat=True).distinct())


def test_the_years_are_those_with_published_news_newest_first(content):
    index = NewsIndexPage.objects.get()
    for day in (
        datetime.date(2019, 12, 31),
        datetime.date(2020, 1, 1),
        datetime.date(2020, 12, 31),
        datetime.date(2022, 6, 15),
        datetime.date(999, 3, 3),  # a typo an editor may make: still a year of its own
    ):
        NewsPageFactory(parent=index, date=day)
    NewsPageFactory(parent=index, date=datetime.date(2031, 1, 1)).unpublish()  # a draft: no year
    with CaptureQueriesContext(connection) as queries:
        years = news_years(index)
    assert len(queries) == 1
    assert years == orm_years(index)
    assert {2022, 2020, 2019, 999} <= set(years)
    assert 2031 not in years and 2021 not in years
    assert years == sorted(years, reverse=True)


def test_a_news_list_without_news_offers_no_year(content):
    index = NewsIndexPage.objects.get()
    NewsPage.objects.child_of(index).update(live=False)
    assert news_years(index) == orm_years(index) == []


def test_the_filter_shows_the_years(client, content):
    index = NewsIndexPage.objects.get()
    NewsPageFactory(parent=index, date=datetime.date(2011, 2, 2))
    page = client.get("/novosti/").content.decode()
    for year in orm_years(index):
        assert f'<option value="{year}">{year}</option>' in page
    assert client.get("/novosti/?year=2011").status_code == 200
