"""A country page is the hub of everything related to the country, fetched
in a fixed number of queries however much there is."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from partners.hub import HUB_PROJECT_COUNT
from partners.models import CountryPage
from tests.support.factories import (
    AgreementFactory,
    CooperationSphereFactory,
    CountryPageFactory,
    EventSeriesPageFactory,
    MonumentPageFactory,
    NewsPageFactory,
    OfficeFactory,
    ProjectPageFactory,
)

pytestmark = pytest.mark.django_db


def new_country(code="ZZ"):
    return CountryPageFactory(iso_code=code, title_ru="Тестовая страна", title_en="Test country")


@pytest.fixture
def spheres(db):
    """The two spheres each project card names."""
    return [
        CooperationSphereFactory(name_ru="Торговля", name_en="Trade"),
        CooperationSphereFactory(name_ru="Образование", name_en="Education"),
    ]


def add_projects(country, spheres, count, start=0):
    for n in range(start, start + count):
        ProjectPageFactory(
            title_ru=f"Проект {n}",
            title_en=f"Project {n}",
            summary_ru=f"Описание {n}.",
            summary_en=f"Summary {n}.",
            countries=[country],
            spheres=spheres,
        )


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_number_of_queries_does_not_grow_with_the_projects(client, spheres, language):
    country = new_country()
    NewsPageFactory(countries=[country])
    with translation.override(language):
        url = country.get_url()

    add_projects(country, spheres, 2)
    client.get(url)  # warm the per-process caches (site root paths, templates)
    with_two, html = queries_for(client, url)
    assert len(re.findall(r'<article class="card card--project">', html)) == 2

    add_projects(country, spheres, 18, start=2)
    NewsPageFactory(countries=[country])
    client.get(url)
    with_twenty, html = queries_for(client, url)
    # The first six, and the way to all twenty.
    assert len(re.findall(r'<article class="card card--project">', html)) == HUB_PROJECT_COUNT
    assert "?country=zz" in html
    assert with_twenty == with_two
    assert with_two < 40


def test_a_country_with_many_projects_shows_the_first_ones_and_leads_to_all(client, spheres):
    """A visitor on a country page sees six project cards, the total, and a link to
    the project list filtered by the country, where all of them are."""
    country = new_country()
    add_projects(country, spheres, HUB_PROJECT_COUNT)
    with translation.override("en"):
        url = country.get_url()
    with translation.override("ru"):
        russian_url = country.get_url()
    html = client.get(url).content.decode()
    assert len(re.findall(r'<article class="card card--project">', html)) == HUB_PROJECT_COUNT
    assert "All joint projects with this country" not in html  # nothing more to see

    add_projects(country, spheres, 3, start=HUB_PROJECT_COUNT)
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


def test_a_country_page_groups_what_relates_to_it_with_an_index(client):
    country = CountryPageFactory(
        title_ru="Тестовая страна", title_en="Test country", group=CountryPage.CASPIAN
    )
    culture = CooperationSphereFactory(slug="kultura-test", name_ru="Культура", name_en="Culture")
    ProjectPageFactory(
        title_ru="Региональный культурный центр",
        title_en="Regional Cultural Center",
        countries=[country],
        spheres=[culture],
    )
    MonumentPageFactory(donor_country=country)
    EventSeriesPageFactory(countries=[country])
    OfficeFactory(country=country)
    with translation.override("en"):
        url = country.get_url()
    html = client.get(url).content.decode()
    nav = re.search(r'<nav class="on-this-page".*?</nav>', html, re.S).group(0)
    for anchor in ["country-projects", "country-monuments", "country-events", "country-offices"]:
        assert f'href="#{anchor}"' in nav
        assert f'id="{anchor}"' in html
    # Each project card names its spheres, not the country the page is about.
    projects = re.search(
        r'<section class="hub-section" aria-labelledby="country-projects">.*?</section>', html, re.S
    )
    assert "Regional Cultural Center" in projects.group(0)
    assert '<li class="tag">Culture</li>' in projects.group(0)
    assert "tag--country" not in projects.group(0)
    assert "Caspian State" in html  # its group


def test_offices_and_agreements_are_structured(client):
    with_office = OfficeFactory(country=CountryPageFactory()).country
    with_agreement = AgreementFactory(country=CountryPageFactory()).country
    html = client.get(with_office.get_url()).content.decode()
    offices = re.search(r'<ul class="offices">.*?</ul>', html, re.S).group(0)
    assert '<h3 class="office__name">' in offices
    with translation.override("en"):
        url = with_agreement.get_url()
    english = client.get(url).content.decode()
    agreements = re.search(r'<ol class="agreements">.*?</ol>', english, re.S).group(0)
    assert '<p class="agreement__subject">' in agreements
    assert "Parties:" in agreements
