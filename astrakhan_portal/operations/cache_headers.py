"""Tell the HTTP cache in front (Varnish, or a CDN) which responses it may share.

The app caches no pages itself. Every response to a GET or HEAD leaves with a
``Cache-Control`` header that says whether it is the same for every anonymous
visitor (``public, max-age=BROWSER_MAX_AGE, s-maxage=SHARED_CACHE_MAX_AGE``)
or belongs to one visitor only (``private``, never stored by a shared cache).

A response is shared only when all of these hold:

- the view declared it may be: a Wagtail page served to a visitor allowed to
  see it, outside previews (``wagtail_hooks.py``), or a view named in
  ``SHARED_CACHE_VIEW_NAMES``;
- it is a 200;
- nothing personal went into it: the session was not read (no signed-in
  editor, no page password, no flash message), no CSRF token was put in a
  form, no cookie is set, and the visitor has no settings of the version for
  visually impaired visitors (cookie ``vi``).

Everything else (the admin, previews, forms, POSTs, errors) is ``private``.
Placed first in ``MIDDLEWARE`` so that it sees the response every other
middleware made.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

from astrakhan_portal.accessibility.preferences import COOKIE_NAME as VISUALLY_IMPAIRED_COOKIE

SAFE_METHODS = ("GET", "HEAD")


def mark_shareable(request):
    """Called by a view whose response is the same for every anonymous visitor."""
    request.shared_cache_allowed = True


def is_shareable(request, response):
    if request.method not in SAFE_METHODS or response.status_code != 200:
        return False
    if getattr(request, "is_preview", False):
        return False
    declared = getattr(request, "shared_cache_allowed", False)
    if not declared:
        match = getattr(request, "resolver_match", None)
        declared = match is not None and match.url_name in settings.SHARED_CACHE_VIEW_NAMES
    if not declared:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # a signed-in editor, or a visitor who gave a page password
    session = getattr(request, "session", None)
    if session is not None and (session.accessed or session.modified):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    if response.cookies or VISUALLY_IMPAIRED_COOKIE in request.COOKIES:
        return False
    return "private" not in response.get("Cache-Control", "")


def drop_accept_language_from_vary(response):
    """The address alone says the language (Russian without a prefix, English under /en/).

    Django's LocaleMiddleware adds ``Vary: Accept-Language`` to addresses without a
    language prefix all the same; a shared cache would keep one copy per browser
    language setting of the same page.
    """
    if not response.has_header("Vary"):
        return
    kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() != "accept-language"]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


class SharedCacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(settings.STATIC_URL) and response.has_header("Cache-Control"):
            return response  # WhiteNoise's own far-future headers
        if is_shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.BROWSER_MAX_AGE,
                s_maxage=settings.SHARED_CACHE_MAX_AGE,
            )
            drop_accept_language_from_vary(response)
        else:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
