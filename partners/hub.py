"""Everything related to one partner country, fetched in a fixed number of queries.

The hub reads what points at a country through the reverse relations the other
content apps declare (``country.projects``, ``country.monuments``,
``country.event_series``, ``country.news_items``), so ``partners`` imports no other
content app: a new content type that concerns countries adds its own
``related_name`` and the hub (and its template) reads it from here.

Every list is read as rows (:mod:`astrakhan_portal.core.rows`): a card needs a few
columns, not a page object (docs/performance.md).
"""

from dataclasses import dataclass

from django.utils.functional import cached_property

from astrakhan_portal.core.listing import RelatedRows, page_with_total
from astrakhan_portal.core.page_urls import ADDRESS_FIELDS, addresses_for
from astrakhan_portal.core.rows import PageRow, current_language, page_rows, translated

HUB_NEWS_COUNT = 5
# Project cards shown on the country page (two rows of three); the rest are one
# click away in the project list filtered by the country.
HUB_PROJECT_COUNT = 6

# What a card shows of a page (includes/page_card.html), and of a news item.
CARD_COLUMNS = translated("title", "summary")
NEWS_COLUMNS = ("date", *CARD_COLUMNS)


@dataclass(frozen=True)
class Relation:
    """A many-to-many relation a card lists (``name``), the columns it shows of each related
    item and those that order them (as the related model's own ordering)."""

    name: str
    order: tuple
    columns: tuple

    def lookups(self):
        """The relation's columns as ``.values()`` lookups through it: ``spheres__name_ru``..."""
        return tuple(f"{self.name}__{column}" for column in ("id", *self.order, *self.columns))

    def item(self, columns):
        """The related item of a joined row's ``columns``, as a row; None where it has none."""
        prefix = f"{self.name}__"
        item = {key[len(prefix) :]: value for key, value in columns.items() if key.startswith(prefix)}
        return PageRow(item) if item["id"] is not None else None

    def order_key(self, item):
        """The sort key of a related item: its ordering columns."""
        return tuple(getattr(item, column) for column in self.order)


# What a project card shows of its spheres and of its countries (projects/includes/project_card.html).
SPHERES = Relation("spheres", order=("sort_order", "slug"), columns=translated("name"))
COUNTRIES = Relation("countries", order=("path",), columns=translated("title"))


def rows_with_related(request, queryset, columns, relations, via=""):
    """``queryset``'s pages as :class:`PageRow` objects with ``columns`` (and their address)
    and, for each of ``relations``, their related items as a :class:`~astrakhan_portal.core.listing.RelatedRows` list of rows,
    in queryset order: one query, the relations joined in (a row per page and combination
    of related items). ``via`` is the relation from ``queryset``'s model to the pages
    ("project__" for a list of chosen projects), or "" for a queryset of the pages."""
    lookups = (
        "id",
        *ADDRESS_FIELDS,
        *columns,
        *(lookup for relation in relations for lookup in relation.lookups()),
    )
    addresses = addresses_for(request) if request is not None else None
    language = current_language()
    pages, related = {}, {}  # by page id: the page's row; {relation name: {item id: item}}
    for values in queryset.values(*(via + lookup for lookup in lookups)):
        row = {lookup: values[via + lookup] for lookup in lookups}
        key = row["id"]
        if key not in pages:
            pages[key] = PageRow(row, addresses.path_in(row, language) if addresses is not None else None)
            related[key] = {relation.name: {} for relation in relations}
        for relation in relations:
            item = relation.item(row)
            if item is not None:
                related[key][relation.name].setdefault(item.pk, item)
    for key, page in pages.items():
        for relation in relations:
            items = related[key][relation.name].values()
            setattr(page, relation.name, RelatedRows(sorted(items, key=relation.order_key)))
    return list(pages.values())


def project_cards(request, projects, relations=(COUNTRIES, SPHERES), via=""):
    """``projects`` (a queryset, in its order; ``via`` as for :func:`rows_with_related`) as rows
    for project cards, with the countries and spheres the cards name, in one query."""
    return rows_with_related(request, projects, CARD_COLUMNS, relations, via)


class CountryHub:
    """The projects, monuments, events, offices, agreements and news of a country.

    Each list costs one query, however many items it holds, and builds no page
    object; the projects are limited to the first few, with their total, and the
    news to the latest. ``request`` gives the cards their addresses.
    """

    def __init__(self, country, project_list=None, request=None):
        self.country = country
        # The project list page: its projects are read from its part of the tree only.
        self.project_list = project_list
        self.request = request

    @cached_property
    def _projects_and_total(self):
        # The first projects, their spheres and how many projects there are, in one query.
        projects = self.country.projects.live()
        if self.project_list is not None:
            # Without it PostgreSQL may walk the whole tree in path order (ten years
            # of news) to find a country's projects.
            projects = projects.child_of(self.project_list)
        page = page_with_total(projects.order_by("path"), 0, HUB_PROJECT_COUNT)
        rows = rows_with_related(self.request, page, (*CARD_COLUMNS, "listing_total"), (SPHERES,))
        return rows, (rows[0].listing_total if rows else 0)

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
        return page_rows(self.request, self.country.monuments.live().order_by("path"), *CARD_COLUMNS)

    @cached_property
    def event_series(self):
        return page_rows(self.request, self.country.event_series.live().order_by("path"), *CARD_COLUMNS)

    @cached_property
    def news(self):
        news = self.country.news_items.live().order_by("-date", "-pk")[:HUB_NEWS_COUNT]
        return page_rows(self.request, news, *NEWS_COLUMNS)

    @cached_property
    def offices(self):
        return list(self.country.offices.all())

    @cached_property
    def agreements(self):
        return list(self.country.agreements.all())
