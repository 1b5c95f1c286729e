"""The same page in every language: the language switcher and hreflang links."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from astrakhan_portal.core.page_urls import url_in
from astrakhan_portal.security.local_path import local_path


def language_alternates(request, page=None):
    """[{code, name, url, current}] for each language, pointing at the same page.

    For a Wagtail page the address comes from the page's own slug in each
    language; for other views Django translates the URL prefix.
    """
    current = translation.get_language()
    query = kept_query(request)
    # In the admin's preview the other language is the same preview in that language
    # (BasePage.serve_preview), not the public address a draft may not have.
    preview_urls = getattr(request, "preview_language_urls", None)
    alternates = []
    for code, name in settings.LANGUAGES:
        if preview_urls is not None:
            url, query = preview_urls.get(code), ""
        elif page is not None:
            url = url_in(request, page, code)
        else:
            url = translate_url(local_path(request.path), code)
        if url and query:
            url = f"{url}?{query}"
        alternates.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES.get(code, name),
                "url": url,
                "current": code == current,
            }
        )
    return alternates


# The switcher carries the parameters listings and the search understand (the
# LISTING_QUERY_PARAMS setting) to the other language, one value each
# (the one the listing reads), unless together they are longer than this.
MAX_KEPT_QUERY = 1000


def kept_query(request):
    """The query string the same listing or search has in the other language; "" if none."""
    params = request.GET
    if not params:
        return ""
    kept = settings.LISTING_QUERY_PARAMS
    query = urlencode([(name, params[name]) for name in params if name in kept and params[name]])
    return query if len(query) <= MAX_KEPT_QUERY else ""


# Each language's name in itself, as a switcher should show it.
LANGUAGE_NAMES = {"ru": "Русский", "en": "English"}
