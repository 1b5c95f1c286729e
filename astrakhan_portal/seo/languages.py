"""Which language versions of a page exist, and their full addresses.

A page always has its Russian version. It has an English version once an
editor has given it an English title; until then the English address shows
the Russian text with a notice, so search engines are not told about it.
"""

from django.conf import settings
from django.utils import translation

from astrakhan_portal.core.models import DEFAULT_LANGUAGE
from astrakhan_portal.core.page_urls import url_in
from astrakhan_portal.security.local_path import local_path

# Open Graph locales of the site languages.
OG_LOCALES = {"ru": "ru_RU", "en": "en_US"}


def current_language():
    return (translation.get_language() or DEFAULT_LANGUAGE)[:2]


def has_version(page, language):
    return language == DEFAULT_LANGUAGE or bool(getattr(page, f"title_{language}", ""))


def absolute(request, path):
    """A full address on the host the visitor asked for.

    A path starting with ``//`` would name another host: it is cut to one slash.
    """
    return request.build_absolute_uri(local_path(path)) if path else ""


def page_versions(request, page):
    """[(language, absolute URL)] of every language version the page has."""
    versions = []
    for code, _name in settings.LANGUAGES:
        if has_version(page, code):
            url = url_in(request, page, code)
            if url:
                versions.append((code, absolute(request, url)))
    return versions
