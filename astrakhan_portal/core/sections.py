"""The site's sections as light objects: the live pages right under the home page,
read once per request as rows (``.values()``: one query, no page object built).

A :class:`Section` carries what menus, breadcrumbs and the home page show of a page:
its title in each language and its address, worked out from its stored
``url_path_<language>`` by :class:`~astrakhan_portal.core.page_urls.PageAddresses`
(what ``get_url`` gives, without a ``reverse()`` per link). The navigation app
builds the menus and breadcrumbs from them; the home page its section links and
its map. docs/performance.md ("Benchmarks").

When the database does not answer, the site root is None and there are no
sections (logged): a page that must render without the database (the feedback
form giving a visitor their text back) shows no menu instead of a 500.
"""

import logging

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from .compiled import CompiledRead
from .page_urls import addresses_for
from .rows import PageRow, live_pages
from .sites import site_for

logger = logging.getLogger(__name__)

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

# The columns a Section is made of.
SECTION_COLUMNS = (
    "id",
    "path",
    "depth",
    "content_type_id",
    "show_in_menus",
    "url_path",
    *(build_localized_fieldname(field, code) for field in ("title", "url_path") for code in LANGUAGE_CODES),
)


class Section(PageRow):
    """A page shown as a link (a menu section, a breadcrumb), made from its columns
    (:data:`SECTION_COLUMNS`): a :class:`~astrakhan_portal.core.rows.PageRow`, so
    ``title`` is the title in the active language or, untranslated, in Russian,
    ``title_<language>`` each language's, ``url`` the page's address in the active
    language. ``pk``, ``path`` and ``depth`` place it in the tree
    (``Page.objects.child_of(section)`` works), ``content_type_id`` names its type.
    """


def site_root_for(request):
    """The home page of the site serving this request, as a row
    (:class:`~astrakhan_portal.core.rows.PageRow`: ``pk``, ``path``, ``depth``, titles,
    stored addresses, ``url`` in the active language), or None without a site or a database."""
    try:
        site = site_for(request)
    except DatabaseError:
        logger.warning("No site root: the database did not answer", exc_info=True)
        return None
    if site is None:
        return None
    root = site.root_page
    addresses = addresses_for(request)
    root.url = addresses.path_in(vars(root), (translation.get_language() or DEFAULT_LANGUAGE)[:2])
    return root


def live_children(path, depth):
    """The live pages at ``depth`` below the page at tree ``path``, in tree order, as section rows."""
    return live_pages(Page, path, depth).order_by("path").values(*SECTION_COLUMNS)


LIVE_CHILDREN = CompiledRead(live_children, path=str, depth=int)


def section_from(request, columns):
    """A :class:`Section` from a page's columns (a ``.values()`` row or a page's ``__dict__``)."""
    addresses = addresses_for(request)
    language = (translation.get_language() or DEFAULT_LANGUAGE)[:2]
    url = addresses.path_in(columns, language) if addresses is not None else None
    return Section(columns, url)


def live_sections_for(request):
    """Every live page right under the home page, as :class:`Section` objects, in tree order:
    loaded once per request (one query) for the menu, the breadcrumbs and the home page."""
    if not hasattr(request, "portal_live_sections"):
        root = site_root_for(request)
        try:
            rows = [] if root is None else LIVE_CHILDREN(path=root.path, depth=root.depth + 1)
        except DatabaseError:
            logger.warning("No menu: the database did not answer", exc_info=True)
            rows = []
        request.portal_live_sections = [section_from(request, row) for row in rows]
    return request.portal_live_sections


def live_section_of(request, model):
    """The live page of type ``model`` right under the home page (a list page: the news list,
    the projects), as a :class:`Section` from the menu's rows (no query of its own), or None."""
    from django.contrib.contenttypes.models import ContentType

    content_type_id = ContentType.objects.get_for_model(model).pk
    return next((s for s in live_sections_for(request) if s.content_type_id == content_type_id), None)
