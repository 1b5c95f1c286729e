"""Everything related to one partner country, fetched in a fixed number of queries."""

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
        from projects.models import ProjectPage

        # The first projects and how many there are, in one query; the cards show
        # their spheres: one query for all of them.
        projects = ProjectPage.objects.live()
        if self.project_list is not None:
            # Without it PostgreSQL may walk the whole tree in path order (ten years
            # of news) to find a country's projects.
            projects = projects.child_of(self.project_list)
        rows, total = fetch_with_total(
            projects.filter(countries=self.country).prefetch_related("spheres").order_by("path"),
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
        from projects.models import MonumentPage

        return list(MonumentPage.objects.live().filter(donor_country=self.country).order_by("path"))

    @cached_property
    def event_series(self):
        from events.models import EventSeriesPage

        return list(EventSeriesPage.objects.live().filter(countries=self.country).order_by("path"))

    @cached_property
    def news(self):
        from astrakhan_portal.news.models import NewsPage

        return list(
            NewsPage.objects.live().filter(countries=self.country).order_by("-date", "-pk")[:HUB_NEWS_COUNT]
        )

    @cached_property
    def offices(self):
        return list(self.country.offices.all())

    @cached_property
    def agreements(self):
        return list(self.country.agreements.all())
