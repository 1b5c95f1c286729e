"""Reading the site links (:class:`.models.SiteLinks`) on public pages.

Every page's footer shows the setting: it is read with Wagtail's
``SiteLinks.for_request`` (one query per request, with the two chosen pages
joined in, remembered on the request by Wagtail), so an editor's change is
seen by every server at once and nothing is copied into a cache. The proxy
in front holds whole pages; saving the setting purges them
(``operations/purge.py``).

A chosen page that is unset, deleted or unpublished gives ``None`` and the
template leaves the link out. Without a database (the feedback form giving a
visitor their text back, the 503 page) there are no links and no footer
texts, never an error.
"""

import logging

from django.db import DatabaseError

logger = logging.getLogger(__name__)


def site_links_for(request):
    """This request's site's :class:`SiteLinks`, or None (no site, or no database)."""
    from wagtail.models import Site

    from .models import SiteLinks

    try:
        if Site.find_for_request(request) is None:
            return None
        return SiteLinks.for_request(request)
    except DatabaseError:
        logger.warning("No site links: the database did not answer", exc_info=True)
        return None


def linked_page(request, role):
    """The live page chosen for ``role`` ("contacts_page", "privacy_page"), or None."""
    links = site_links_for(request)
    page = getattr(links, role, None) if links is not None else None
    return page if page is not None and page.live else None
