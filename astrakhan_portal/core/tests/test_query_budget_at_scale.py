"""With years of news and hundreds of projects, every page still costs the same
few queries as on the initial content (issue 11: query budgets at both sizes)."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from news.models import NewsIndexPage, NewsPage
from partners.models import CountryPage
from projects.models import ProjectIndexPage, ProjectPage

from .test_query_budget import MAX_QUERIES, listing

pytestmark = pytest.mark.django_db

NEWS, PROJECTS = 150, 40


def urls():
    """(name, address) of the pages whose lists grow with the content."""
    news_index = NewsIndexPage.objects.get()
    projects = ProjectIndexPage.objects.get()
    country = CountryPage.objects.get(iso_code="KZ")
    last_page = max(1, -(-NewsPage.objects.live().count() // 10))
    news_item = NewsPage.objects.live().order_by("path").first() or news_index
    project = ProjectPage.objects.live().order_by("path").first()
    pages = []
    for language in ("ru", "en"):
        with translation.override(language):
            pages += [
                (f"home {language}", "/" if language == "ru" else "/en/"),
                (f"news {language}", news_index.get_url()),
                (f"news?country {language}", news_index.get_url() + "?country=kz"),
                (f"news?page=last {language}", news_index.get_url() + f"?page={last_page}"),
                (f"news item {language}", news_item.get_url()),
                (f"projects {language}", projects.get_url()),
                (f"projects?country {language}", projects.get_url() + "?country=kz"),
                (f"project {language}", project.get_url()),
                (f"country {language}", country.get_url()),
            ]
    return pages + [("search", "/en/search/?q=delegation"), ("sitemap section", "/sitemap-1.xml")]


def count_queries(client):
    """{page: (queries, their SQL)} of one render of each page."""
    counts = {}
    for name, url in urls():
        client.get(url)  # a first request fills the site-wide caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = (len(captured), [q["sql"] for q in captured.captured_queries])
    return counts


def test_no_page_needs_more_queries_with_many_news_items_and_projects(client, content):
    call_command("generate_bench_content", news=3, projects=1, images=1, verbosity=0)
    few = count_queries(client)
    call_command("generate_bench_content", news=NEWS, projects=PROJECTS, images=1, verbosity=0)
    assert NewsPage.objects.live().count() > NEWS
    many = count_queries(client)
    failures = [
        f"{name}: {few[name][0]} queries with 3 news items, {count} with {NEWS + 3}\n"
        f"{listing(few[name][1])}\n-- with many:\n{listing(sql)}"
        for name, (count, sql) in many.items()
        if count != few[name][0] or count > MAX_QUERIES
    ]
    assert not failures, "\n\n".join(failures)
