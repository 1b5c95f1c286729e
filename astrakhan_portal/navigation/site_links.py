"""Reading the site links (:class:`.models.SiteLinks`) on public pages.

Every page's footer shows the setting, so it is read on every uncached page
view: one narrow ``.values()`` query per request (the footer's texts in each
language, and the two chosen pages' live flags and stored addresses joined in),
building no model instance. Nothing is copied into a cache, so an editor's
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

from astrakhan_portal.core.page_urls import ADDRESS_FIELDS, addresses_for
from astrakhan_portal.core.rows import PageRow, current_language, in_language, plain_rows, translated
from astrakhan_portal.core.sites import site_for

logger = logging.getLogger(__name__)

ROLES = ("contacts_page", "privacy_page")
TEXT_COLUMNS = translated("footer_title", "footer_text")
PAGE_COLUMNS = ("id", "live", *ADDRESS_FIELDS)


class Links:
    """A site's links as its pages show them: ``footer_title`` and ``footer_text`` in the
    active language (Russian where not translated), and each role's live page as a
    :class:`~astrakhan_portal.core.rows.PageRow` (``contacts_page``...), or None."""

    def __init__(self, request, row):
        self.__dict__.update({column: row[column] for column in TEXT_COLUMNS})
        addresses = addresses_for(request)
        language = current_language()
        for role in ROLES:
            page = {column: row[f"{role}__{column}"] for column in PAGE_COLUMNS}
            live = page["id"] is not None and page["live"]
            url = addresses.path_in(page, language) if live and addresses is not None else None
            setattr(self, role, PageRow(page, url) if live else None)

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
    from .models import SiteLinks

    columns = TEXT_COLUMNS + tuple(f"{role}__{column}" for role in ROLES for column in PAGE_COLUMNS)
    try:
        site = site_for(request)
        if site is None:
            return None
        row = plain_rows(SiteLinks).filter(site_id=site.pk).values(*columns).first()
    except DatabaseError:
        logger.warning("No site links: the database did not answer", exc_info=True)
        return None
    return None if row is None else Links(request, row)


def linked_page(request, role):
    """The live page chosen for ``role`` ("contacts_page", "privacy_page") as a row with its
    ``url``, or None."""
    links = site_links_for(request)
    return getattr(links, role, None) if links is not None else None
