"""A country page is the hub of everything related to the country, fetched
in a fixed number of queries however much there is."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from news.models import NewsIndexPage
from partners.hub import HUB_PROJECT_COUNT
from partners.models import CountryIndexPage, CountryPage
from projects.models import CooperationSphere, ProjectIndexPage, ProjectPage
from tests.support.pages import bilingual, make_news, publish_child

pytestmark = pytest.mark.django_db


def new_country(code="ZZ"):
    page = bilingual(CountryPage(iso_code=code), ("Тестовая страна", "Test country"))
    return publish_child(CountryIndexPage.objects.get(), page)


def add_projects(country, count, start=0):
    index = ProjectIndexPage.objects.get()
    spheres = list(CooperationSphere.objects.all()[:2])
    for n in range(start, start + count):
        project = bilingual(
            ProjectPage(),
            (f"Проект {n}", f"Project {n}"),
            summary=(f"Описание {n}.", f"Summary {n}."),
        )
        index.add_child(instance=project)
        project.countries.set([country])
        project.spheres.set(spheres)
        project.save_revision().publish()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_number_of_queries_does_not_grow_with_the_projects(client, content, language):
    country = new_country()
    news_index = NewsIndexPage.objects.get()
    make_news(news_index, countries=[country])
    with translation.override(language):
        url = country.get_url()

    add_projects(country, 2)
    client.get(url)  # warm the per-process caches (site root paths, templates)
    with_two, html = queries_for(client, url)
    assert len(re.findall(r'<article class="card card--project">', html)) == 2

    add_projects(country, 18, start=2)
    make_news(news_index, countries=[country])
    client.get(url)
    with_twenty, html = queries_for(client, url)
    # The first six, and the way to all twenty.
    assert len(re.findall(r'<article class="card card--project">', html)) == HUB_PROJECT_COUNT
    assert "?country=zz" in html
    assert with_twenty == with_two
    assert with_two < 40


def test_a_country_with_many_projects_shows_the_first_ones_and_leads_to_all(client, content):
    """A visitor on a country page sees six project cards, the total, and a link to
    the project list filtered by the country, where all of them are."""
    country = new_country()
    add_projects(country, HUB_PROJECT_COUNT)
    with translation.override("en"):
        url = country.get_url()
    with translation.override("ru"):
        russian_url = country.get_url()
    html = client.get(url).content.decode()
    assert len(re.findall(r'<article class="card card--project">', html)) == HUB_PROJECT_COUNT
    assert "All joint projects with this country" not in html  # nothing more to see

    add_projects(country, 3, start=HUB_PROJECT_COUNT)
    html = client.get(url).content.decode()
    cards = re.findall(r'<article class="card card--project">.*?href="([^"]+)"', html, re.S)
    assert len(cards) == HUB_PROJECT_COUNT
    assert '<a href="#country-projects">Joint projects <span class="count">9</span></a>' in html
    more = re.search(
        r'<a href="([^"]+)">All joint projects with this country <span class="count">9</span>', html
    )
    assert more and more.group(1) == "/en/projects/?country=zz"

    listing = client.get(more.group(1)).content.decode()
    assert "9 projects</h2>" in listing
    assert all(card in listing for card in cards)
    assert "Project 8" in listing

    russian = client.get(russian_url).content.decode()
    assert 'href="/proekty/?country=zz">Все совместные проекты с этой страной' in russian


def test_a_country_page_groups_what_relates_to_it_with_an_index(client, content):
    from events.models import EventSeriesPage
    from monuments.models import MonumentPage

    # The source names no donor or participating country; an editor sets them.
    kazakhstan = CountryPage.objects.get(iso_code="KZ")
    monument = MonumentPage.objects.get(slug_en="kurmangazy-sagyrbayev")
    monument.donor_country = kazakhstan
    monument.save_revision().publish()
    series = EventSeriesPage.objects.get(slug_en="caspian-media-forum")
    series.countries.add(kazakhstan)
    series.save_revision().publish()
    html = client.get("/en/partners/kazakhstan/").content.decode()
    nav = re.search(r'<nav class="on-this-page".*?</nav>', html, re.S).group(0)
    for anchor in ["country-projects", "country-monuments", "country-events", "country-offices"]:
        assert f'href="#{anchor}"' in nav
        assert f'id="{anchor}"' in html
    # Each project card names its spheres, not the country the page is about.
    projects = re.search(
        r'<section class="hub-section" aria-labelledby="country-projects">.*?</section>', html, re.S
    )
    assert "Kurmangazy Regional Cultural Center" in projects.group(0)
    assert '<li class="tag">Culture</li>' in projects.group(0)
    assert "tag--country" not in projects.group(0)
    assert "Caspian State" in html  # its group


def test_offices_and_agreements_are_structured(client, content):
    html = client.get("/partnery/iran/").content.decode()
    offices = re.search(r'<ul class="offices">.*?</ul>', html, re.S).group(0)
    assert '<h3 class="office__name">' in offices
    belarus = client.get("/en/partners/belarus/").content.decode()
    agreements = re.search(r'<ol class="agreements">.*?</ol>', belarus, re.S).group(0)
    assert '<p class="agreement__subject">' in agreements
    assert "Parties:" in agreements
