"""A visitor's page costs the same few SQL queries however much it lists.

Every public page type is rendered (without any page cache) first with 2
items in each list it shows, then with 20. The number of queries must not
change, and no page may need more than ``MAX_QUERIES``. ``BUDGET`` pins the
figures measured on this branch; lower them when a change saves a query,
raise them only on purpose. A failure prints the queries of both renders.
"""

import datetime
import itertools
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Page

from events.models import EventEdition, EventIndexPage, EventSeriesPage
from home.models import HomePage
from monuments.models import MonumentIndexPage, MonumentPage
from news.models import NewsIndexPage, NewsPage
from partners.hub import HUB_PROJECT_COUNT
from partners.models import (
    Agreement,
    CountryIndexPage,
    CountryPage,
    Office,
)
from projects.models import PROJECTS_PER_PAGE, CooperationSphere, ProjectIndexPage, ProjectPage
from standard.models import StandardPage
from tests.support.pages import bilingual
from universities.models import UniversityIndexPage, UniversityPage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
SMALL, LARGE = 2, 20
# A word that only the news items built here contain, for the search page.
SEARCH_WORD = "Zephyrinia"

# Queries per page type, measured with 2 and with 20 items (both languages); each
# includes one for the site links setting of the footer (navigation/site_links.py).
BUDGET = {
    "HomePage": 8,  # + featured projects with their countries and spheres (1), the map (1)
    "CountryIndexPage": 5,
    "CountryPage": 11,
    "ProjectIndexPage": 8,
    "ProjectIndexPage?country": 8,
    "ProjectIndexPage?sphere": 8,
    "ProjectPage": 7,
    "MonumentIndexPage": 5,
    "MonumentPage": 6,
    "UniversityIndexPage": 5,
    "UniversityPage": 6,
    "EventIndexPage": 6,
    "EventSeriesPage": 7,
    "NewsIndexPage": 7,
    "NewsIndexPage?country&year": 7,
    "NewsPage": 6,
    "StandardPage": 4,
    "search": 5,
}


class World:
    """The site with exactly ``n`` live items in every list a page shows.

    The initial content's items are taken offline, so that the lists hold
    only what is built here; the section pages and standard pages stay.
    The "subject" of each type is the one page whose own lists grow.
    """

    def __init__(self, home):
        self.home = home
        self.counter = itertools.count(1)
        self.size = 0
        # Items of the initial content go offline (sections and standard pages stay).
        Page.objects.descendant_of(home).filter(depth__gt=home.depth + 1).update(live=False)
        self.country_index = CountryIndexPage.objects.get()
        self.project_index = ProjectIndexPage.objects.get()
        self.monument_index = MonumentIndexPage.objects.get()
        self.university_index = UniversityIndexPage.objects.get()
        self.event_index = EventIndexPage.objects.get()
        self.news_index = NewsIndexPage.objects.get()
        self.standard = StandardPage.objects.child_of(home).live().first()
        self.countries, self.spheres = [], []
        self.projects, self.monuments, self.universities, self.series, self.news = [], [], [], [], []

    def add(self, parent, page, name):
        n = next(self.counter)
        bilingual(
            page,
            (f"{name} {n} ru", f"{name} {n} en"),
            summary=(f"Кратко о {n}.", f"In short about {n}."),
            body=(f"Текст {n}.", f"Text {n}."),
            slug=(f"{name.lower()}-{n}-ru", f"{name.lower()}-{n}-en"),
        )
        parent.add_child(instance=page)
        return page

    def grow(self, size):
        """Add items until every list holds ``size`` of them.

        Every new item names the subject country (and sphere); the subject of
        each type names every country (and sphere). Relations are written
        straight into their tables, which is quicker than saving each page again.
        """
        today = timezone.localdate()
        for i in range(self.size, size):
            self.countries.append(
                self.add(
                    self.country_index,
                    CountryPage(
                        iso_code=f"Q{chr(65 + i)}", group=CountryPage.CIS if i % 2 else CountryPage.CASPIAN
                    ),
                    "Country",
                )
            )
            self.spheres.append(
                CooperationSphere.objects.create(
                    name=f"Сфера {i}", name_ru=f"Сфера {i}", name_en=f"Sphere {i}", slug=f"sphere-{i}"
                )
            )
            subject = self.countries[0]
            Office.objects.create(
                country=subject, name=f"Office {i}", name_ru=f"Офис {i}", name_en=f"Office {i}"
            )
            Agreement.objects.create(
                country=subject,
                parties=f"Parties {i}",
                subject=f"Subject {i}",
                subject_ru=f"Предмет {i}",
                subject_en=f"Subject {i}",
                year=2020,
            )
            self.projects.append(self.add(self.project_index, ProjectPage(year=2020), "Project"))
            self.monuments.append(
                self.add(self.monument_index, MonumentPage(donor_country=subject), "Monument")
            )
            self.universities.append(self.add(self.university_index, UniversityPage(), "University"))
            self.series.append(self.add(self.event_index, EventSeriesPage(), "Series"))
            news = self.add(self.news_index, NewsPage(date=datetime.date(2024, 1, 1 + i)), "News")
            news.title_ru = news.title = f"{SEARCH_WORD} новость {i}"
            news.title_en = f"{SEARCH_WORD} news {i}"
            news.save()
            self.news.append(news)
            # The subject series has as many upcoming and past editions as the list size.
            for series, days in [(self.series[-1], 10), (self.series[0], -400)]:
                start = today + datetime.timedelta(days=days + i)
                EventEdition.objects.create(
                    series=series, start_date=start, end_date=start, venue=f"Venue {i}"
                )
            if i:
                start = today + datetime.timedelta(days=5 + i)
                EventEdition.objects.create(
                    series=self.series[0], start_date=start, end_date=start, venue="Venue"
                )
        self.size = size
        self.relate(ProjectPage, "countries", self.projects, self.countries)
        self.relate(ProjectPage, "spheres", self.projects, self.spheres)
        self.relate(UniversityPage, "partner_countries", self.universities, self.countries)
        self.relate(EventSeriesPage, "countries", self.series, self.countries)
        self.relate(NewsPage, "countries", self.news, self.countries)
        # Pages saved straight into the tree, not published: index them for search.
        call_command("rebuild_search_entries", verbosity=0)
        return self

    @staticmethod
    def relate(model, name, items, targets):
        """The first item is related to every target, the others to the first two."""
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.filter(**{f"{source}__in": items}).delete()
        rows = [(items[0], t) for t in targets] + [(item, t) for item in items[1:] for t in targets[:2]]
        through.objects.bulk_create([through(**{source: item, target: t}) for item, t in rows])

    def pages(self):
        """(page type, page, query string) for every page type measured."""
        country = self.countries[0]
        return {
            "HomePage": (self.home, ""),
            "CountryIndexPage": (self.country_index, ""),
            "CountryPage": (country, ""),
            "ProjectIndexPage": (self.project_index, ""),
            "ProjectIndexPage?country": (self.project_index, f"?country={country.iso_code.lower()}"),
            "ProjectIndexPage?sphere": (self.project_index, f"?sphere={self.spheres[0].slug}"),
            "ProjectPage": (self.projects[0], ""),
            "MonumentIndexPage": (self.monument_index, ""),
            "MonumentPage": (self.monuments[0], ""),
            "UniversityIndexPage": (self.university_index, ""),
            "UniversityPage": (self.universities[0], ""),
            "EventIndexPage": (self.event_index, ""),
            "EventSeriesPage": (self.series[0], ""),
            "NewsIndexPage": (self.news_index, ""),
            "NewsIndexPage?country&year": (self.news_index, f"?country={country.iso_code.lower()}&year=2024"),
            "NewsPage": (self.news[0], ""),
            "StandardPage": (self.standard, ""),
            "search": (None, f"?q={SEARCH_WORD}"),
        }


def url_of(page, query, language):
    with translation.override(language):
        if page is None:
            from django.urls import reverse

            return reverse("search") + query
        return page.get_url() + query


def measure(client, url):
    """The response and the queries of one render."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, [q["sql"] for q in queries.captured_queries]


def listing(queries):
    """The queries, numbered, with long column lists shortened."""
    return "\n".join(
        f"  {i:2}. {re.sub(r'^SELECT .{80,}? FROM ', 'SELECT … FROM ', sql)}"
        for i, sql in enumerate(queries, 1)
    )


@pytest.fixture
def world(content):
    return World(HomePage.objects.get()).grow(SMALL)


LANGUAGES = ("ru", "en")


def test_no_page_needs_more_queries_for_more_items(client, world):
    small = {}
    for language in LANGUAGES:
        for name, (page, query) in world.pages().items():
            url = url_of(page, query, language)
            client.get(url)  # warm up: a first request fills the site-wide caches
            small[language, name] = measure(client, url)[1]
    world.grow(LARGE)
    failures, figures, html = [], {}, {}
    for language in LANGUAGES:
        for name, (page, query) in world.pages().items():
            url = url_of(page, query, language)
            response, large = measure(client, url)
            html[language, name] = response.content.decode()
            figures[name] = max(figures.get(name, 0), len(large))
            few = small[language, name]
            if len(large) != len(few) or len(large) > min(MAX_QUERIES, BUDGET[name]):
                failures.append(
                    f"{name} ({url}): {len(few)} queries with {SMALL} items, "
                    f"{len(large)} with {LARGE}; budget {BUDGET[name]}, limit {MAX_QUERIES}\n"
                    f"-- with {SMALL} items:\n{listing(few)}\n-- with {LARGE} items:\n{listing(large)}"
                )
    assert not failures, "\n\n".join(failures) + f"\n\nall figures: {figures}"

    # The figures mean something only if the pages really showed the long lists.
    for name in ("ProjectIndexPage", "ProjectIndexPage?sphere"):  # a full page, and the total
        assert html["en", name].count('class="card card--project"') == PROJECTS_PER_PAGE
        assert f"{LARGE} projects</h2>" in html["en", name]
    assert html["ru", "CountryIndexPage"].count('class="card card--country"') == LARGE
    country = html["en", "CountryPage"]
    assert (
        country.count('<h3 class="office__name">Office ') == LARGE
        and country.count('<p class="agreement__subject">Subject ') == LARGE
    )
    assert country.count('class="card card--project"') == HUB_PROJECT_COUNT  # with their spheres
    assert f'<span class="count">{LARGE}</span>' in country  # and how many there are in all
    assert country.count('class="card"') == 2 * LARGE  # monuments, event series
    assert html["en", "ProjectPage"].count("Country ") >= LARGE
    assert html["en", "EventSeriesPage"].count('class="edition"') == 2 * LARGE
    assert html["ru", "EventIndexPage"].count('class="edition"') == 2 * LARGE - 1
    assert html["ru", "NewsIndexPage"].count('class="card card--news"') == 10  # a full page
    assert html["en", "NewsPage"].count("Country ") >= LARGE
    assert html["en", "search"].count(f"{SEARCH_WORD} news") == 10  # a full page of results
