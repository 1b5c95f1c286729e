"""A visitor pages through the joint projects, with or without filters (issue 11:
the list shows twelve projects a page and costs the same queries at any size)."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from projects.models import PROJECTS_PER_PAGE, ProjectPage
from tests.support.factories import (
    CooperationSphereFactory,
    CountryPageFactory,
    ProjectPageFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/en/projects/"  # the site's project list, which the factories' projects go to
CARD_LINK = re.compile(r'<a class="card__link" href="([^"]+)"')


def cards(html):
    """The addresses of the project cards on a page, in order."""
    return CARD_LINK.findall(html)


def link(html, rel):
    """The address of the "previous" or "next" page link, or None."""
    found = re.search(rf'<a href="([^"]+)" rel="{rel}">', html)
    return found and found.group(1).replace("&amp;", "&")


def addresses(projects):
    with translation.override("en"):
        return [project.get_url() for project in projects]


def more_than_a_page_of_projects():
    """At least two pages in the site's project list, whatever the initial content holds:
    a page's worth of new projects (live without a revision, ``publish=False``: the list
    shows them the same, and they are quicker made). The live projects, in list order,
    and the number of the last page."""
    for n in range(PROJECTS_PER_PAGE + 1):
        ProjectPageFactory(title_ru=f"Проект {n}", title_en=f"Project {n}", publish=False)
    everything = ProjectPage.objects.live().order_by("path")
    return everything, -(-everything.count() // PROJECTS_PER_PAGE)


def test_a_visitor_reads_the_projects_twelve_at_a_time(client):
    everything, last = more_than_a_page_of_projects()
    total = everything.count()

    first = client.get(LIST).content.decode()
    assert f"{total} projects</h2>" in first  # the heading counts them all
    assert f"Page 1 of {last}" in first
    assert link(first, "prev") is None
    assert cards(first) == addresses(everything[:PROJECTS_PER_PAGE])

    assert link(first, "next") == "?page=2"
    second = client.get(LIST + "?page=2").content.decode()
    assert f"Page 2 of {last}" in second
    assert link(second, "prev") == "?page=1"
    assert cards(second) == addresses(everything[PROJECTS_PER_PAGE : 2 * PROJECTS_PER_PAGE])

    final = client.get(LIST + f"?page={last}").content.decode()
    assert link(final, "next") is None
    assert cards(final) == addresses(everything[(last - 1) * PROJECTS_PER_PAGE :])


def test_filters_are_kept_from_page_to_page(client):
    sphere = CooperationSphereFactory(
        slug="sfera-proverki", name_ru="Сфера проверки", name_en="Sphere under test"
    )
    for n in range(PROJECTS_PER_PAGE + 5):
        ProjectPageFactory(
            title_ru=f"Проект в сфере {n}",
            title_en=f"Project in the sphere {n}",
            spheres=[sphere],
            publish=False,
        )
    outside = ProjectPageFactory(title_ru="Проект вне сферы", title_en="Outside the sphere")
    in_sphere = ProjectPage.objects.live().filter(spheres=sphere).order_by("path")
    assert in_sphere.count() > PROJECTS_PER_PAGE

    first = client.get(LIST + f"?sphere={sphere.slug}").content.decode()
    assert f"{in_sphere.count()} projects</h2>" in first
    assert link(first, "next") == f"?sphere={sphere.slug}&page=2"
    second = client.get(LIST + link(first, "next")).content.decode()
    assert f'<option value="{sphere.slug}" selected>' in second  # the filter is still shown as chosen
    assert cards(second) == addresses(in_sphere[PROJECTS_PER_PAGE : 2 * PROJECTS_PER_PAGE])
    assert addresses([outside])[0] not in cards(first) + cards(second)


@pytest.mark.parametrize("page", ["999", "99999999999999999999", "0", "-3"])
def test_a_page_past_the_end_shows_the_last_page_and_says_so(client, page):
    everything, last = more_than_a_page_of_projects()
    response = client.get(LIST + f"?page={page}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is no such page; showing the last page." in html
    assert f"Page {last} of {last}" in html
    assert cards(html) == addresses(everything[(last - 1) * PROJECTS_PER_PAGE :])


def test_a_page_number_that_is_not_a_number_shows_the_first_page(client):
    everything, last = more_than_a_page_of_projects()
    html = client.get(LIST + "?page=two").content.decode()
    assert "The page number was not understood; showing the first page." in html
    assert f"Page 1 of {last}" in html
    assert cards(html) == addresses(everything[:PROJECTS_PER_PAGE])


def test_a_filter_that_matches_nothing_says_so(client):
    ProjectPageFactory(title_ru="Проект без сферы", title_en="A project without the sphere")
    sphere = CooperationSphereFactory(slug="empty-sphere", name_ru="Пустая сфера", name_en="Empty sphere")
    html = client.get(LIST + f"?sphere={sphere.slug}").content.decode()
    assert "0 projects</h2>" in html
    assert "No projects found for the selected filters." in html
    assert 'class="pagination"' not in html


def queries_of(client, url):
    client.get(url)  # a first request fills the site-wide caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in captured.captured_queries]


def test_any_page_of_the_list_costs_the_same_queries_at_any_size(client):
    """With the list grown by 50 or by 250 projects, each of these pages reads its twelve
    projects, their countries and spheres, and the total, in the same queries."""
    country = CountryPageFactory(iso_code="ZZ", title_ru="Страна проверки", title_en="Country under test")
    sphere = CooperationSphereFactory()
    # Page 2 of the country's projects is full at both sizes (a page past the end costs more).
    ProjectPageFactory.create_batch(
        2 * PROJECTS_PER_PAGE + 1, countries=[country], spheres=[sphere], publish=False
    )
    urls = [LIST, LIST + "?page=2", LIST + "?country=zz", LIST + "?country=zz&page=2"]
    call_command("generate_bench_content", news=0, projects=50, images=0, verbosity=0)
    few = {url: queries_of(client, url)[1] for url in urls}
    call_command("generate_bench_content", news=0, projects=200, images=0, verbosity=0)
    for url in urls:
        html, many = queries_of(client, url)
        assert len(cards(html)) == PROJECTS_PER_PAGE, url
        assert len(many) == len(few[url]), (url, few[url], many)
