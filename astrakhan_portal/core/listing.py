"""Filters and pagination for listing pages, driven by plain GET parameters.

A malformed or unknown value never raises: the listing falls back to no
filter (or to the first page) and tells the visitor why.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import F, Func, IntegerField, Subquery
from django.utils.translation import gettext as _

from .compiled import CompiledRead

MAX_PARAM_LENGTH = 100
# A page number above this is past the end of any listing here; it is not turned
# into an OFFSET (a 20-digit number overflows the databases' 64-bit integers).
MAX_PAGE_NUMBER = 1_000_000


@dataclass
class ListingState:
    """What the visitor asked for, what was applied and what was ignored."""

    selected: dict = field(default_factory=dict)
    notices: list = field(default_factory=list)

    def query_string(self, **overrides):
        """The GET query for these filters, e.g. to build pagination links."""
        from urllib.parse import urlencode

        params = {**self.selected, **overrides}
        return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def read_filter(request, state, name, valid_values, label):
    """Read one GET filter; keep it if it is one of ``valid_values``.

    ``valid_values`` maps the URL value to the object it selects.
    """
    raw = request.GET.get(name, "")
    if not raw:
        return None
    value = raw.strip().lower()[:MAX_PARAM_LENGTH]
    if value in valid_values:
        state.selected[name] = value
        return valid_values[value]
    state.notices.append(_("The filter “%(label)s” had an unknown value and was ignored.") % {"label": label})
    return None


def paginate(request, state, items, per_page, count_in_query=False):
    """One page of ``items`` from the ``page`` GET parameter; bad numbers give page 1.

    With ``count_in_query`` (``items`` a queryset), the page and the total are
    read with one query instead of two (see ``CountedPage``).
    """
    raw = request.GET.get("page", "1")
    if count_in_query:
        items = CountedPage(items, raw, per_page)
    paginator = Paginator(items, per_page)
    try:
        page = paginator.page(raw)
    except PageNotAnInteger:
        state.notices.append(_("The page number was not understood; showing the first page."))
        page = paginator.page(1)
    except EmptyPage:
        state.notices.append(_("There is no such page; showing the last page."))
        page = paginator.page(paginator.num_pages)
    return page


class CountedPage(Sequence):
    """Items for ``Paginator`` whose requested page is read together with the total count.

    ``Paginator`` asks for the count, then for the slice of the page it
    validated. Here both come from one query, which carries the total on every
    row (``COUNT(*) OVER ()``). Any other slice (a page number past the end,
    then the last page) is read with queries of its own. ``items`` is a
    queryset, or an object with ``fetch(offset, limit)`` giving
    ``(items, total)`` (e.g. the PostgreSQL site search).
    """

    def __init__(self, items, raw_number, per_page):
        self.fetch = items.fetch if hasattr(items, "fetch") else partial(fetch_with_total, items)
        self.total = None
        self.offset = None
        self.rows = []
        try:
            number = int(raw_number)
        except (TypeError, ValueError):
            number = 1
        if not 1 <= number <= MAX_PAGE_NUMBER:
            return  # Paginator finds it out of range: the first or the last page is read
        self.offset = (number - 1) * per_page
        self.rows, self.total = self.fetch(self.offset, per_page)
        if self.total is None and self.offset == 0:
            self.total = 0

    def count(self):
        if self.total is None:
            self.total = self.fetch(0, 1)[1] or 0
        return self.total

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self.fetch(index, 1)[0][0]
        start = index.start or 0
        stop = self.count() if index.stop is None else index.stop
        if start == self.offset and index.step is None and 0 <= stop - start <= len(self.rows):
            return self.rows[: stop - start]
        return self.fetch(start, max(stop - start, 0))[0][:: index.step]


def fetch_with_total(queryset, offset, limit):
    """(items, total) of ``queryset[offset:offset + limit]``, in one query; total None if no row.

    The page's keys are picked by a narrow subquery (the ordering's columns and
    the key, not every column of every row: at 10,000 news items the wide rows of
    a page near the end were sorted on disk, 150 ms), the total by a scalar
    subquery; only the page's own rows are read in full.
    """
    rows = list(page_with_total(queryset, offset, limit))
    return rows, (rows[0].listing_total if rows else None)


def page_with_total(queryset, offset, limit, counted=None, rows=None):
    """``queryset[offset:offset + limit]`` with the total as ``listing_total`` on each row, as
    one query (see :func:`fetch_with_total`). ``counted``, if given, is counted instead of
    ``queryset``: the same items read from fewer or narrower tables. ``rows``, if given, is
    what the page's own rows are read from, by their keys, in ``queryset``'s order (the
    keys already went through ``queryset``'s filters)."""
    keys = queryset.values("pk")[offset : offset + limit]
    counted = queryset if counted is None else counted
    total = counted.order_by().annotate(listing_total=CountAll()).values("listing_total")
    page = queryset if rows is None else rows.order_by(*queryset.query.order_by)
    return page.filter(pk__in=keys).annotate(listing_total=Subquery(total))


class CountAll(Func):
    """``COUNT(*)`` as a plain expression, for the total of :func:`page_with_total`: a subquery
    of it is one row, the count (no ``GROUP BY``: Django does not see an aggregate). It is
    counted from an index where one covers the filter; the window count used before
    (``COUNT(*) OVER ()``) read every matching row from the table and was two to three times
    slower at 10,000 news items on PostgreSQL (10 -> 4 ms)."""

    template = "COUNT(*)"
    output_field = IntegerField()


class CompiledPageRows:
    """A listing's pages as :class:`~astrakhan_portal.core.rows.PageRow` objects, for
    ``paginate(..., count_in_query=True)``: ``fetch(offset, limit)`` reads one page and the
    total in one query, building no page object, with a compiled read
    (:class:`~astrakhan_portal.core.compiled.CompiledRead`) whose function takes the shape
    ``(offset, limit)`` and ``values`` and builds its page with :func:`listing_page`."""

    def __init__(self, request, read, row_class=None, **values):
        self.request = request
        self.read = read
        self.row_class = row_class
        self.values = values

    def fetch(self, offset, limit):
        from .rows import PageRow, rows_from

        # An empty slice (the last page of no rows) has no SQL: Django refuses to compile it
        # (EmptyResultSet). It is answered here, not in CompiledRead, where "matches nothing"
        # may also mean a stand-in outside a column's range and must stay an error.
        if limit <= 0:
            return [], None
        values = self.read(shape=(offset, limit), **self.values)
        rows = rows_from(self.request, values, self.row_class or PageRow)
        return rows, (rows[0].listing_total if rows else None)


def listing_page(queryset, shape, *columns, counted=None, rows=None):
    """The ``.values()`` read of one page of ``queryset`` (``shape`` is ``(offset, limit)``) with
    ``columns`` and the total (:func:`page_with_total`, which ``counted`` and ``rows`` are
    given to), for :class:`CompiledPageRows`."""
    from .rows import page_columns

    offset, limit = shape
    page = page_with_total(queryset, offset, limit, counted, rows)
    return page.values(*page_columns(*columns, "listing_total"))


class RelatedRows(list):
    """What a listed row is related to (a project's countries), as rows: a list that also
    answers ``.all()`` as a page's related manager does, so that a card's
    ``item.countries.all`` reads the same for a page object and for a row."""

    def all(self):
        return self


def rows_by(queryset, relation, *columns):
    """``queryset``'s objects as :class:`~astrakhan_portal.core.rows.PageRow` objects with
    ``columns``, grouped by the key they are reached from through ``relation`` (its
    ordering kept), in one query: ``{project id: RelatedRows of its countries}``.

    ``queryset`` is filtered through ``relation`` (``CountryPage.objects.filter(projects__in=
    ids)``) so that the key's join is the filter's own; a key without rows gets an empty list.
    """
    from .rows import PageRow, current_language

    groups = defaultdict(RelatedRows)
    language = current_language()
    for row in queryset.values("id", *columns, listed_by=F(relation)):
        groups[row.pop("listed_by")].append(PageRow(row, language=language))
    return groups


def options(shape):
    """The read of :func:`option_rows_of`: ``shape`` is (model, columns, only live ones)."""
    from .rows import plain_rows

    model, columns, live_only = shape
    rows = plain_rows(model).filter(live=True).order_by("path") if live_only else plain_rows(model)
    return rows.values("id", *columns)


OPTIONS = CompiledRead(options)


def option_rows_of(model, *columns, live_only=False):
    """The filter options ``model``'s objects give (countries, spheres), which are only shown
    and matched, never edited, as :class:`~astrakhan_portal.core.rows.PageRow` objects with
    ``columns`` and ``id``, read with a compiled read: every object in the model's order, or
    (``live_only``, pages) the live pages in tree order."""
    from .rows import PageRow, current_language

    language = current_language()
    return [PageRow(row, language=language) for row in OPTIONS(shape=(model, columns, live_only))]
