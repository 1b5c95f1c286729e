"""Reading the site links (:class:`.models.SiteLinks`) on public pages.

Every page's footer shows the setting, so it is read on every uncached page
view: one narrow ``.values()`` query per request (the footer's texts in each
language and the two chosen pages' keys), building no model instance. The
chosen pages are usually sections right under the home page, which every page
reads for its menu (``core.sections``): their rows give the links' addresses;
a page chosen elsewhere in the tree costs one more narrow query. Nothing is copied into a cache, so an editor's
change is seen by every server at once; the proxy in front holds whole pages
and saving the setting purges them (``operations/purge.py``).

A chosen page that is unset, deleted or unpublished gives ``None`` and the
template leaves the link out; a site without the setting (never saved) shows
no footer texts and no such links. Without a database (the feedback form
giving a visitor their text back, the 503 page) there are no links and no
footer texts, never an error.
"""

import logging

from django.db import DatabaseError
from wagtail.models import Page

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.page_urls import ADDRESS_FIELDS, addresses_for
from astrakhan_portal.core.rows import PageRow, current_language, in_language, plain_rows, translated
from astrakhan_portal.core.sections import live_sections_for
from astrakhan_portal.core.sites import site_for

logger = logging.getLogger(__name__)

ROLES = ("contacts_page", "privacy_page")
TEXT_COLUMNS = translated("footer_title", "footer_text")
PAGE_COLUMNS = ("id", *ADDRESS_FIELDS)


class Links:
    """A site's links as its pages show them: ``footer_title`` and ``footer_text`` in the
    active language (Russian where not translated), and each role's live page as a
    :class:`~astrakhan_portal.core.rows.PageRow` (``contacts_page``...), or None."""

    def __init__(self, row, pages):
        self.__dict__.update({column: row[column] for column in TEXT_COLUMNS})
        for role in ROLES:
            setattr(self, role, pages.get(row[f"{role}_id"]))

    @property
    def footer_title(self):
        return in_language(self, "footer_title", current_language()) or ""

    @property
    def footer_text(self):
        return in_language(self, "footer_text", current_language()) or ""


def site_links_for(request):
    """This request's site's :class:`Links`, read once per request; None without a site, a
    setting or a database."""
    if not hasattr(request, "portal_site_links"):
        request.portal_site_links = read_site_links(request)
    return request.portal_site_links


def read_site_links(request):
    try:
        site = site_for(request)
        if site is None:
            return None
        rows = SITE_LINKS(site_id=site.pk)
        if not rows:
            return None
        row = rows[0]
        return Links(row, live_pages(request, {row[f"{role}_id"] for role in ROLES} - {None}))
    except DatabaseError:
        logger.warning("No site links: the database did not answer", exc_info=True)
        return None


def site_links_row(site_id):
    from .models import SiteLinks

    return (
        plain_rows(SiteLinks)
        .filter(site_id=site_id)
        .values(*TEXT_COLUMNS, *(f"{role}_id" for role in ROLES))[:1]
    )


SITE_LINKS = CompiledRead(site_links_row, site_id=int)


def live_pages(request, keys):
    """{key: row} of the live pages ``keys``. The chosen pages are usually sections right
    under the home page, which every page reads for its menu: only others are read."""
    found = {section.pk: section for section in live_sections_for(request) if section.pk in keys}
    if keys - found.keys():
        addresses = addresses_for(request)
        language = current_language()
        rows = plain_rows(Page).filter(pk__in=keys - found.keys(), live=True).values(*PAGE_COLUMNS)
        for row in rows:
            found[row["id"]] = PageRow(row, addresses.path_in(row, language) if addresses else None, language)
    return found


def linked_page(request, role):
    """The live page chosen for ``role`` ("contacts_page", "privacy_page") as a row with its
    ``url``, or None."""
    links = site_links_for(request)
    return getattr(links, role, None) if links is not None else None
