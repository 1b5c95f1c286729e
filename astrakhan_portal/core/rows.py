"""Pages shown in lists (cards, links) as light rows: one ``.values()`` query, no page object.

Building a page object costs far more than showing it in a card: modeltranslation's
and modelcluster's ``__init__``, a wide ``SELECT`` of every column of every
inherited table, and a ``reverse()`` for its address. A card needs a few columns.
:class:`PageRow` carries those columns (``title_ru``, ``title_en``, ``date``...)
and answers a translated field by its bare name (``row.title``) in the active
language or, not yet translated, in Russian, as modeltranslation does for a page.
Its address comes from the stored ``url_path_<language>`` (:mod:`.page_urls`), so
``{% page_url row %}`` and ``row.url`` need no ``reverse()``.

Read them with :func:`page_columns` in a compiled read (:mod:`.compiled`) and turn the
dicts into rows with :func:`rows_from`::

    def latest(shape):
        return plain_rows(NewsPage).filter(live=True).order_by("-date")[:3].values(
            *page_columns("date", *translated("title", "summary")))

    LATEST = CompiledRead(latest)
    rows = rows_from(request, LATEST())

or, for the live pages under a list page, with :func:`live_child_rows`.

docs/performance.md ("Cold renders: rows, not page objects").
"""

from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from .compiled import CompiledRead
from .page_urls import ADDRESS_FIELDS, addresses_for

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def plain_rows(model):
    """A plain Django queryset of ``model``, for ``.values()`` reads that name every column
    per language (``title_ru``, ``title_en``): modeltranslation's manager rewrites each
    field name of a query to the active language's, which such a read does not need and
    which cost a third of a small query's time (0.9 ms against 0.6 for the sections).
    Filters are plain field lookups (``live=True``, ``depth=...``), not Wagtail's
    queryset methods."""
    return QuerySet(model)


def current_language():
    return (translation.get_language() or DEFAULT_LANGUAGE)[:2]


def translated(*fields):
    """The columns of translated ``fields`` in every language: ``("title_ru", "title_en")``."""
    return tuple(build_localized_fieldname(field, code) for field in fields for code in LANGUAGE_CODES)


def in_language(row, field, language):
    """``row``'s ``field`` in ``language`` (``row.title_en``...) or, not yet translated, in
    Russian, as modeltranslation shows a page's field; for objects made from rows."""
    return getattr(row, f"{field}_{language}", None) or getattr(row, f"{field}_{DEFAULT_LANGUAGE}", None)


class PageRow:
    """A page in a list, made from its columns (a ``.values()`` row).

    Every column is an attribute; a translated field is also answered by its bare
    name in the active language (``row.title``, falling back to Russian), and
    ``content_language`` is the language the visitor reads its title in. ``pk`` and
    ``id`` are the page's key, ``url`` (and ``get_url()``) its address in the active
    language, or None for a page outside the request's site. ``visitor_language`` is
    the language the row was read for (:func:`rows_from` sets it), so that a card's
    filters need not ask Django for the active language again and again (each ask goes
    through a context-local lookup: about a dozen per card).
    """

    visitor_language = None

    def __init__(self, columns, url=None, language=None):
        self.__dict__.update(columns)
        self.pk = columns.get("id")
        self.url = url
        if language is not None:
            self.visitor_language = language

    def __getattr__(self, name):
        # Only called for what the row does not carry: a translated field's bare name.
        if not name.startswith("_") and f"{name}_{DEFAULT_LANGUAGE}" in self.__dict__:
            return in_language(self, name, self.visitor_language or current_language())
        raise AttributeError(name)

    @property
    def content_language(self):
        language = self.visitor_language or current_language()
        return language if getattr(self, f"title_{language}", None) else DEFAULT_LANGUAGE

    def get_url(self, request=None):
        return self.url

    def __repr__(self):
        return f"<{type(self).__name__} {self.pk} {self.url}>"


def page_columns(*columns):
    """What a :class:`PageRow` with ``columns`` is read with: the page's key, its stored
    addresses and ``columns``, as ``.values()`` names."""
    return ("id", *ADDRESS_FIELDS, *(c for c in columns if c not in ADDRESS_FIELDS and c != "id"))


def rows_from(request, values, row_class=PageRow):
    """``values`` (dicts of :func:`page_columns`) as ``row_class`` objects with their ``url``
    in the active language (None without a request)."""
    addresses = addresses_for(request) if request is not None else None
    language = current_language()
    return [
        row_class(row, addresses.path_in(row, language) if addresses is not None else None, language)
        for row in values
    ]


def live_pages(model, path, depth):
    """The live ``model`` pages at ``depth`` below the page at tree ``path`` (a list page's
    items when ``depth`` is one more than its own), as a :func:`plain_rows` queryset."""
    return plain_rows(model).filter(path__startswith=path, depth=depth, live=True)


def live_child_columns(shape, path, depth):
    """The read of :func:`live_child_rows`: ``shape`` is (model, columns, ordering)."""
    model, columns, order = shape
    return live_pages(model, path, depth).order_by(*order).values(*page_columns(*columns))


LIVE_CHILD_ROWS = CompiledRead(live_child_columns, path=str, depth=int)


def live_child_rows(request, model, parent, *columns, order=("path",)):
    """The live ``model`` pages right under ``parent`` (a list page), as :class:`PageRow`
    objects with ``columns``, in ``order`` (tree order), read with a compiled read."""
    values = LIVE_CHILD_ROWS(shape=(model, columns, order), path=parent.path, depth=parent.depth + 1)
    return rows_from(request, values)
