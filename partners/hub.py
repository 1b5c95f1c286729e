"""Everything related to one partner country, fetched in a fixed number of queries.

The hub reads what points at a country through the reverse relations the other
content apps declare (``country.projects``, ``country.monuments``,
``country.event_series``, ``country.news_items``), so ``partners`` imports no other
content app: a new content type that concerns countries adds its own
``related_name`` and the hub (and its template) reads it from here.
"""

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
        # The project cards show their spheres: one query for all of them.
        return list(self.country.projects.live().prefetch_related("spheres").order_by("path"))

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
