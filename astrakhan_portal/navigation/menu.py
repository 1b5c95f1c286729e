"""The main menu: the live sections under the home page that editors show in menus.

When the database does not answer, the site root is None and the menu empty
(logged): a page that must render without the database (the feedback form
giving a visitor their text back) shows no menu instead of a 500.
"""

import logging

from django.db import DatabaseError
from wagtail.models import Page, Site

from astrakhan_portal.core.templatetags.typography import lang_if_other, typeset_field

logger = logging.getLogger(__name__)


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


def menu_pages_for(request):
    """The live sections shown in menus, loaded once per request (one query)."""
    if not hasattr(request, "portal_menu_pages"):
        root = site_root_for(request)
        try:
            pages = (
                [] if root is None else list(Page.objects.child_of(root).live().in_menu().order_by("path"))
            )
        except DatabaseError:
            logger.warning("No menu: the database did not answer", exc_info=True)
            pages = []
        request.portal_menu_pages = pages
    return request.portal_menu_pages


def ancestors_for(request, page):
    """The pages between the home page (included) and ``page``, for breadcrumbs.

    The home page and the menu sections are already loaded for the header, so
    a page under a menu section needs no query of its own (query budget,
    issue 5); any other page asks the database once.
    """
    if page.depth <= 2:
        return []
    known = {p.path: p for p in menu_pages_for(request)}
    root = site_root_for(request)
    if root is not None:
        known[root.path] = root
    step = page.steplen
    paths = [page.path[:length] for length in range(2 * step, len(page.path), step)]
    if all(path in known for path in paths):
        return [known[path] for path in paths]
    return list(page.get_ancestors().filter(depth__gte=2))


def main_menu_for(request):
    """[(title, url, is_current, lang)] for the sections in the main menu: the title typeset if
    Russian, and ` lang="ru"` for a section not yet translated on an English page."""
    if site_root_for(request) is None:
        return []
    current_path = request.path
    return [
        (typeset_field(page, "title"), url, current_path.startswith(url), lang_if_other(page, "title"))
        for page in menu_pages_for(request)
        if (url := page.get_url(request))
    ]
