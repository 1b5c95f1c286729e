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

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.listing import RelatedRows, page_with_total
from astrakhan_portal.core.page_urls import ADDRESS_FIELDS, addresses_for
from astrakhan_portal.core.rows import (
    PageRow,
    current_language,
    page_columns,
    plain_rows,
    rows_from,
    translated,
)

from .models import CountryPage, Office

HUB_NEWS_COUNT = 5
# Project cards shown on the country page (two rows of three); the rest are one
# click away in the project list filtered by the country.
HUB_PROJECT_COUNT = 6

# What a card shows of a page (templates/cards/page.jinja), and of a news item (cards/news.jinja).
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

    def item(self, columns, language=None):
        """The related item of a joined row's ``columns``, as a row read for ``language``;
        None where it has none."""
        prefix = f"{self.name}__"
        item = {key[len(prefix) :]: value for key, value in columns.items() if key.startswith(prefix)}
        return PageRow(item, language=language) if item["id"] is not None else None

    def order_key(self, item):
        """The sort key of a related item: its ordering columns."""
        return tuple(getattr(item, column) for column in self.order)


# What a project card shows of its spheres and of its countries (templates/cards/project.jinja).
SPHERES = Relation("spheres", order=("sort_order", "slug"), columns=translated("name"))
COUNTRIES = Relation("countries", order=("path",), columns=translated("title"))


def related_lookups(columns, relations, via=""):
    """The ``.values()`` lookups :func:`rows_from_related` reads: the pages' key, addresses and
    ``columns``, and each of ``relations``' columns, through ``via``."""
    return tuple(
        via + lookup
        for lookup in (
            "id",
            *ADDRESS_FIELDS,
            *columns,
            *(lookup for relation in relations for lookup in relation.lookups()),
        )
    )


def rows_with_related(request, queryset, columns, relations, via=""):
    """``queryset``'s pages as :class:`PageRow` objects with ``columns`` (and their address)
    and, for each of ``relations``, their related items as a :class:`~astrakhan_portal.core.listing.RelatedRows` list of rows,
    in queryset order: one query, the relations joined in (a row per page and combination
    of related items). ``via`` is the relation from ``queryset``'s model to the pages
    ("project__" for a list of chosen projects), or "" for a queryset of the pages."""
    values = queryset.values(*related_lookups(columns, relations, via))
    return rows_from_related(request, values, columns, relations, via)


def rows_from_related(request, values, columns, relations, via=""):
    """The rows of :func:`rows_with_related` from its joined ``values`` (read with
    :func:`related_lookups`, as a compiled read does)."""
    lookups = tuple(lookup[len(via) :] for lookup in related_lookups(columns, relations, via))
    addresses = addresses_for(request) if request is not None else None
    language = current_language()
    pages, related = {}, {}  # by page id: the page's row; {relation name: {item id: item}}
    for joined in values:
        row = {lookup: joined[via + lookup] for lookup in lookups}
        key = row["id"]
        if key not in pages:
            pages[key] = PageRow(
                row, addresses.path_in(row, language) if addresses is not None else None, language
            )
            related[key] = {relation.name: {} for relation in relations}
        for relation in relations:
            item = relation.item(row, language)
            if item is not None:
                related[key][relation.name].setdefault(item.pk, item)
    for key, page in pages.items():
        for relation in relations:
            items = related[key][relation.name].values()
            setattr(page, relation.name, RelatedRows(sorted(items, key=relation.order_key)))
    return list(pages.values())


# What a project card lists of each project.
CARD_RELATIONS = (COUNTRIES, SPHERES)


def project_cards(request, projects, relations=CARD_RELATIONS, via=""):
    """``projects`` (a queryset, in its order; ``via`` as for :func:`rows_with_related`) as rows
    for project cards, with the countries and spheres the cards name, in one query."""
    return rows_with_related(request, projects, CARD_COLUMNS, relations, via)


# The hub's reads, compiled once per process (core/compiled.py). A country's pages of a
# kind are reached through the reverse relation that kind declares ("monuments"...).
HUB_PROJECT_COLUMNS = (*CARD_COLUMNS, "listing_total")


def related_live(relation_name, country):
    """The live pages related to the country ``country`` (a key) through its reverse
    relation ``relation_name`` ("projects", "monuments", "news_items"...)."""
    relation = CountryPage._meta.get_field(relation_name)
    return plain_rows(relation.related_model).filter(**{relation.field.name: country}, live=True)


def first_projects(projects):
    """The first ``HUB_PROJECT_COUNT`` of ``projects`` in tree order, with their total and spheres."""
    page = page_with_total(projects.order_by("path"), 0, HUB_PROJECT_COUNT)
    return page.values(*related_lookups(HUB_PROJECT_COLUMNS, (SPHERES,)))


COUNTRY_PROJECTS = CompiledRead(
    lambda country: first_projects(related_live("projects", country)), country=int
)
COUNTRY_PROJECTS_IN_LIST = CompiledRead(
    lambda country, path, depth: first_projects(
        related_live("projects", country).filter(path__startswith=path, depth=depth)
    ),
    country=int,
    path=str,
    depth=int,
)
COUNTRY_CARDS = CompiledRead(
    lambda shape, country: related_live(shape[0], country).order_by("path").values(*page_columns(*shape[1])),
    country=int,
)
COUNTRY_NEWS = CompiledRead(
    lambda country: (
        related_live("news_items", country)
        .order_by("-date", "-pk")
        .values(*page_columns(*NEWS_COLUMNS))[:HUB_NEWS_COUNT]
    ),
    country=int,
)


class OfficeRow(PageRow):
    """An office as the country page shows it, from its columns (no model object)."""

    def get_kind_display(self):
        return str(dict(Office.KIND_CHOICES).get(self.kind, self.kind))


def country_items(shape, country):
    """The read of a country's offices or agreements (``shape``: model, columns) in the
    editors' order."""
    model, columns = shape
    return plain_rows(model).filter(country=country).order_by("sort_order", "pk").values("id", *columns)


COUNTRY_ITEMS = CompiledRead(country_items, country=int)
OFFICE_COLUMNS = ("kind", *translated("name", "address"), "phone", "website")
AGREEMENT_COLUMNS = ("year", *translated("parties", "subject", "note"))


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
        if self.project_list is None:
            values = COUNTRY_PROJECTS(country=self.country.pk)
        else:
            # Without the list's part of the tree PostgreSQL may walk the whole tree in
            # path order (ten years of news) to find a country's projects.
            parent = self.project_list
            values = COUNTRY_PROJECTS_IN_LIST(
                country=self.country.pk, path=parent.path, depth=parent.depth + 1
            )
        rows = rows_from_related(self.request, values, HUB_PROJECT_COLUMNS, (SPHERES,))
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
        return rows_from(
            self.request, COUNTRY_CARDS(shape=("monuments", CARD_COLUMNS), country=self.country.pk)
        )

    @cached_property
    def event_series(self):
        return rows_from(
            self.request, COUNTRY_CARDS(shape=("event_series", CARD_COLUMNS), country=self.country.pk)
        )

    @cached_property
    def news(self):
        return rows_from(self.request, COUNTRY_NEWS(country=self.country.pk))

    @cached_property
    def offices(self):
        return self._items("offices", OFFICE_COLUMNS, OfficeRow)

    @cached_property
    def agreements(self):
        return self._items("agreements", AGREEMENT_COLUMNS, PageRow)

    def _items(self, relation, columns, row_class):
        """The country's offices or agreements (``relation``): rows of the saved ones, or in a
        preview the editor's unsaved inline edits, as the page's relation holds them."""
        if self.country.pk is None or getattr(self.request, "is_preview", False):
            return list(getattr(self.country, relation).all())
        model = CountryPage._meta.get_field(relation).related_model
        language = current_language()
        values = COUNTRY_ITEMS(shape=(model, columns), country=self.country.pk)
        return [row_class(row, language=language) for row in values]
