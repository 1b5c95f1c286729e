"""Everything related to one partner country, fetched in a fixed number of queries."""

from django.utils.functional import cached_property

HUB_NEWS_COUNT = 5


class CountryHub:
    """The projects, monuments, events, offices, agreements and news of a country.

    Each list costs one query (plus one per many-to-many it shows), however
    many items it holds.
    """

    def __init__(self, country):
        self.country = country

    @cached_property
    def projects(self):
        from projects.models import ProjectPage

        # The project cards show their spheres: one query for all of them.
        return list(
            ProjectPage.objects.live()
            .filter(countries=self.country)
            .prefetch_related("spheres")
            .order_by("path")
        )

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
        from news.models import NewsPage

        return list(
            NewsPage.objects.live().filter(countries=self.country).order_by("-date", "-pk")[:HUB_NEWS_COUNT]
        )

    @cached_property
    def offices(self):
        return list(self.country.offices.all())

    @cached_property
    def agreements(self):
        return list(self.country.agreements.all())
