"""Everything related to one partner country, fetched in a fixed number of queries.

The hub reads what points at a country through the reverse relations the other
content apps declare (``country.projects``, ``country.monuments``,
``country.event_series``, ``country.news_items``), so ``partners`` imports no other
content app: a new content type that concerns countries adds its own
``related_name`` and the hub (and its template) reads it from here.
"""

from django.utils.functional import cached_property

from astrakhan_portal.core.listing import fetch_with_total

HUB_NEWS_COUNT = 5
# Project cards shown on the country page (two rows of three); the rest are one
# click away in the project list filtered by the country.
HUB_PROJECT_COUNT = 6


class CountryHub:
    """The projects, monuments, events, offices, agreements and news of a country.

    Each list costs one query (plus one per many-to-many it shows), however
    many items it holds; the projects are limited to the first few, with their
    total, and the news to the latest.
    """

    def __init__(self, country, project_list=None):
        self.country = country
        # The project list page: its projects are read from its part of the tree only.
        self.project_list = project_list

    @cached_property
    def _projects_and_total(self):
        # The first projects and how many there are, in one query; the cards show
        # their spheres: one query for all of them.
        projects = self.country.projects.live()
        if self.project_list is not None:
            # Without it PostgreSQL may walk the whole tree in path order (ten years
            # of news) to find a country's projects.
            projects = projects.child_of(self.project_list)
        rows, total = fetch_with_total(
            projects.prefetch_related("spheres").order_by("path"),
            0,
            HUB_PROJECT_COUNT,
        )
        return rows, total or 0

    @property
    def projects(self):
        """The first ``HUB_PROJECT_COUNT`` projects of the country, in tree order."""
        return self._projects_and_total[0]

    @property
    def project_count(self):
        """How many live projects the country has in all."""
        return self._projects_and_total[1]

    @property
    def more_projects(self):
        """True when the country has more projects than the page shows."""
        return self.project_count > len(self.projects)

    @cached_property
    def monuments(self):
        return list(self.country.monuments.live().order_by("path"))

    @cached_property
    def event_series(self):
        return list(self.country.event_series.live().order_by("path"))

    @cached_property
    def news(self):
        return list(self.country.news_items.live().order_by("-date", "-pk")[:HUB_NEWS_COUNT])

    @cached_property
    def offices(self):
        return list(self.country.offices.all())

    @cached_property
    def agreements(self):
        return list(self.country.agreements.all())
