"""Fragment cache: parts of a page that are the same for every visitor.

The page cache (``pagecache.py``) stores whole responses; a page it has not
stored yet (or cannot store: another ``vi`` cookie, another filter) still
renders from scratch. The fragment cache keeps the costly, visitor-independent
parts of those renders: the main menu's addresses, the footer, the partner
map, the content of a country hub, a listing or a news item. Each fragment is
keyed by its name, the values it varies on, the active language and the page
cache's shared *generation*, so publishing, unpublishing, moving or deleting
anything makes every fragment stale on every server at once, exactly like the
page cache. ``FRAGMENT_CACHE_ENABLED`` (environment ``FRAGMENT_CACHE``)
switches it off; the test settings do, so tests measure whole renders.
"""

import hashlib
import logging

from django.conf import settings
from django.utils import translation

from . import pagecache

logger = logging.getLogger(__name__)

_MISSING = object()


def enabled():
    return getattr(settings, "FRAGMENT_CACHE_ENABLED", False)


def generation(request):
    """The shared generation, read once per request; None if the cache fails."""
    if request is not None and hasattr(request, "_fragment_generation"):
        return request._fragment_generation
    try:
        value = pagecache.current_generation()
    except Exception:
        logger.warning("Fragment cache unavailable; rendering without it.", exc_info=True)
        value = None
    if request is not None:
        request._fragment_generation = value
    return value


def key_for(request, name, vary_on=()):
    """The cache key of fragment ``name``, or None when the cache is off or failing."""
    if not enabled():
        return None
    current = generation(request)
    if current is None:
        return None
    parts = "\x1f".join(str(part) for part in (name, translation.get_language(), current, *vary_on))
    return "fragment:" + hashlib.sha256(parts.encode()).hexdigest()


def cached(request, name, build, vary_on=(), keep_none=True):
    """``build()``, kept in the cache under ``name`` + ``vary_on`` until the next purge.

    With ``keep_none=False`` a None result is not stored (e.g. unknown addresses,
    which anyone can invent).
    """
    key = key_for(request, name, vary_on)
    if key is None:
        return build()
    cache = pagecache.get_cache()
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if value is not None or keep_none:
            cache.set(key, value, settings.PAGE_CACHE_TIMEOUT)
    return value


def attach_site(request):
    """Give ``request`` its Wagtail site, with the home page loaded, from the cache.

    Wagtail otherwise looks the site up, then loads the home page and its
    specific type, on every request: three queries that give the same answer
    until something is published. Only GET and HEAD requests are helped.
    """
    if not enabled() or request.method not in ("GET", "HEAD") or hasattr(request, "_wagtail_site"):
        return
    from wagtail.models import Site

    def build():
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page.specific  # noqa: B018 - loaded now, kept with the site
        return site

    try:
        request._wagtail_site = cached(request, "site", build, (request._get_raw_host(), request.get_port()))
    except Exception:
        logger.warning("Could not attach the cached site; Wagtail will look it up.", exc_info=True)
