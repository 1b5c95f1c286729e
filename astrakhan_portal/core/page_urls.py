"""A page's address in each language, worked out once per request.

The language switcher and the hreflang/Open Graph links both need the page's
address in every language; for a page of the request's site it is read from the
page's stored ``url_path_<language>`` (:class:`PageAddresses`), what ``get_url``
under that language gives without switching languages and a ``reverse()`` each.
"""

import logging
import re
from urllib.parse import quote

from django.conf import settings
from django.db import DatabaseError
from django.urls import reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from modeltranslation.utils import build_localized_fieldname

logger = logging.getLogger(__name__)

# The characters reverse() leaves unquoted in a path (django.urls.resolvers).
SAFE_IN_PATH = RFC3986_SUBDELIMS + "/~:@"
# A path of only these characters is what quote(path, SAFE_IN_PATH) gives back unchanged
# (its unreserved characters and the safe ones): the usual slug needs no quoting pass.
UNCHANGED_BY_QUOTE = re.compile("[A-Za-z0-9_.~" + re.escape(SAFE_IN_PATH) + "-]*").fullmatch

# The columns an address is made of.
ADDRESS_FIELDS = tuple(build_localized_fieldname("url_path", code) for code, _name in settings.LANGUAGES)


def url_in(request, page, language):
    """``page.get_url(request)`` with ``language`` active, remembered on the request."""
    memo = request.__dict__.setdefault("portal_page_urls", {}) if request is not None else {}
    key = (page.pk, language)
    if key not in memo:
        url = None
        addresses = addresses_for(request) if request is not None else None
        columns = vars(page)
        if addresses is not None and all(field in columns for field in ADDRESS_FIELDS):
            url = addresses.path_in(columns, language)
        if url is None:  # another site's page, or its addresses not loaded
            with translation.override(language):
                url = page.get_url(request)
        memo[key] = url
    return memo[key]


def addresses_for(request):
    """The :class:`PageAddresses` of the request's site, made once per request; None without a
    site (or without a database)."""
    if not hasattr(request, "portal_addresses"):
        from .sites import site_for

        try:
            site = site_for(request)
        except DatabaseError:
            logger.warning("No site: the database did not answer", exc_info=True)
            site = None
        request.portal_addresses = None if site is None else PageAddresses(site.root_page)
    return request.portal_addresses


class PageAddresses:
    """Pages' addresses in each language, from their stored ``url_path_<language>``.

    For a long list of pages of one site (the sitemap), ``page.get_url()`` per
    page and language costs a site root lookup and a ``reverse()`` each; here
    the site root's path and the language's address prefix are worked out once
    per language, and each address is the page's stored path below the root
    behind that prefix: what ``get_url`` gives for a page of this site.
    ``path_in`` takes a page's ``url_path`` columns as a mapping (e.g. a row of
    ``.values()``, so no page object has to be built) and gives None for a page
    outside ``root_page``.
    """

    def __init__(self, root_page):
        self.roots = {}
        default = build_localized_fieldname("url_path", settings.LANGUAGE_CODE)
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                prefix = reverse("wagtail_serve", args=("",))
                self.roots[code] = (
                    root_page.url_path,
                    prefix,
                    build_localized_fieldname("url_path", code),
                    default,
                )

    def path_in(self, columns, language):
        root_path, prefix, field, default = self.roots[language]
        url_path = columns.get(field) or columns.get(default) or columns.get("url_path")
        if not url_path or not url_path.startswith(root_path):
            return None
        path = url_path[len(root_path) :]
        return prefix + (path if UNCHANGED_BY_QUOTE(path) else quote(path, safe=SAFE_IN_PATH))
