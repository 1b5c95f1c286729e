"""A page's address in each language, worked out once per request.

The language switcher and the hreflang/Open Graph links both need the page's
address in every language; each costs a ``get_url`` under that language.
"""

from django.utils import translation


def url_in(request, page, language):
    """``page.get_url(request)`` with ``language`` active, remembered on the request."""
    memo = request.__dict__.setdefault("_page_urls", {}) if request is not None else {}
    key = (page.pk, language)
    if key not in memo:
        with translation.override(language):
            memo[key] = page.get_url(request)
    return memo[key]
