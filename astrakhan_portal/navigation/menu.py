"""The main menu: the live sections under the home page that editors show in menus.

The sections are read once per request as rows (``.values()``: one query, no
page object built) and become :class:`Section` objects carrying what menus,
breadcrumbs and the home page show of them: their title in each language and
their address, worked out from their stored ``url_path_<language>`` by
:class:`~astrakhan_portal.core.page_urls.PageAddresses` (what ``get_url`` gives,
without a ``reverse()`` per link). docs/performance.md ("Benchmarks").

When the database does not answer, the site root is None and the menu empty
(logged): a page that must render without the database (the feedback form
giving a visitor their text back) shows no menu instead of a 500.
"""

import logging

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from astrakhan_portal.core.page_urls import addresses_for
from astrakhan_portal.core.templatetags.typography import lang_if_other, typeset_field

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


class Section:
    """A page shown as a link (a menu section, a breadcrumb), made from its columns.

    ``title`` is the title in the active language or, untranslated, in Russian (as
    modeltranslation shows it), ``title_<language>`` each language's, ``url`` the
    page's address in the active language. ``pk``, ``path`` and ``depth`` place it
    in the tree (``Page.objects.child_of(section)`` works), ``content_type_id``
    names its type, and ``get_url()`` is ``url``, as for a page.
    """

    def __init__(self, columns, url):
        self.pk = self.id = columns["id"]
        self.path = columns["path"]
        self.depth = columns["depth"]
        self.content_type_id = columns["content_type_id"]
        self.show_in_menus = columns.get("show_in_menus", False)
        for code in LANGUAGE_CODES:
            field = build_localized_fieldname("title", code)
            setattr(self, field, columns.get(field) or "")
        language = (translation.get_language() or DEFAULT_LANGUAGE)[:2]
        self.title = getattr(self, f"title_{language}", "") or getattr(self, f"title_{DEFAULT_LANGUAGE}")
        self.url = url

    def get_url(self, request=None):
        return self.url

    def __repr__(self):
        return f"<Section {self.path} {self.url}>"


def site_root_for(request):
    """The home page of the site serving this request, or None."""
    if not hasattr(request, "portal_site_root"):
        try:
            site = Site.find_for_request(request)
            request.portal_site_root = site.root_page if site else None
        except DatabaseError:
            logger.warning("No site root: the database did not answer", exc_info=True)
            request.portal_site_root = None
    return request.portal_site_root


def section_from(request, columns):
    """A :class:`Section` from a page's columns (a ``.values()`` row or a page's ``__dict__``)."""
    addresses = addresses_for(request)
    language = (translation.get_language() or DEFAULT_LANGUAGE)[:2]
    url = addresses.path_in(columns, language) if addresses is not None else None
    return Section(columns, url)


def home_url_for(request):
    """The address of the request's site's home page in the active language, or None."""
    root = site_root_for(request)
    return None if root is None else section_from(request, vars(root)).url


def live_sections_for(request):
    """Every live page right under the home page, as :class:`Section` objects, in tree order:
    loaded once per request (one query) for the menu, the breadcrumbs and the home page."""
    if not hasattr(request, "portal_live_sections"):
        root = site_root_for(request)
        try:
            rows = (
                []
                if root is None
                else list(Page.objects.child_of(root).live().order_by("path").values(*SECTION_COLUMNS))
            )
        except DatabaseError:
            logger.warning("No menu: the database did not answer", exc_info=True)
            rows = []
        request.portal_live_sections = [section_from(request, row) for row in rows]
    return request.portal_live_sections


def menu_pages_for(request):
    """The live sections shown in menus, as :class:`Section` objects (no query of their own)."""
    return [section for section in live_sections_for(request) if section.show_in_menus]


def ancestors_for(request, page):
    """The pages between the home page (included) and ``page``, for breadcrumbs, as
    :class:`Section` objects.

    The home page and the sections are already loaded for the header, so a page
    under a menu section needs no query of its own (query budget, issue 5); any
    other page asks the database once, for the ancestors' columns.
    """
    if page.depth <= 2:
        return []
    known = {section.path: section for section in menu_pages_for(request)}
    root = site_root_for(request)
    if root is not None:
        known[root.path] = section_from(request, vars(root))
    step = page.steplen
    paths = [page.path[:length] for length in range(2 * step, len(page.path), step)]
    if all(path in known for path in paths):
        return [known[path] for path in paths]
    rows = page.get_ancestors().filter(depth__gte=2).values(*SECTION_COLUMNS)
    return [section_from(request, row) for row in rows]


def main_menu_for(request):
    """[(title, url, is_current, lang)] for the sections in the main menu: the title typeset if
    Russian, and ` lang="ru"` for a section not yet translated on an English page."""
    if site_root_for(request) is None:
        return []
    current_path = request.path
    return [
        (typeset_field(page, "title"), url, current_path.startswith(url), lang_if_other(page, "title"))
        for page in menu_pages_for(request)
        if (url := page.url)
    ]
