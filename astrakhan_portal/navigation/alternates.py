"""The same page in every language: the language switcher and hreflang links."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from astrakhan_portal.core.page_urls import url_in


def language_alternates(request, page=None):
    """[{code, name, url, current}] for each language, pointing at the same page.

    For a Wagtail page the address comes from the page's own slug in each
    language; for other views Django translates the URL prefix.
    """
    current = translation.get_language()
    query = request.GET.urlencode()
    alternates = []
    for code, name in settings.LANGUAGES:
        url = url_in(request, page, code) if page is not None else translate_url(request.path, code)
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


# Each language's name in itself, as a switcher should show it.
LANGUAGE_NAMES = {"ru": "Русский", "en": "English"}
