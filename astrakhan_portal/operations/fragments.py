"""Fragment cache: parts of a page that are the same for every visitor.

The page cache (``pagecache.py``) stores whole responses; a page it has not
stored yet (or cannot store: another ``vi`` cookie, another filter) still
renders from scratch. The fragment cache keeps the costly, visitor-independent
parts of those renders: the main menu's addresses, the footer, the partner
map, the content of a country hub, a listing or a news item. Each fragment is
keyed by its name, the values it varies on, the active language and the page
cache's shared *generation*, so publishing, unpublishing, moving or deleting
anything makes every fragment stale on every server at once, exactly like the
page cache. Like pages, fragments are also kept in each worker's own memory
(``memory.py``), so a render costs one read of the generation, not one round
trip per fragment. ``FRAGMENT_CACHE_ENABLED`` (environment ``FRAGMENT_CACHE``)
switches it off; the test settings do, so tests measure whole renders.
"""

import hashlib
import logging
import pickle
import time
from contextvars import ContextVar

from django.conf import settings
from django.utils import translation

from . import pagecache, release

logger = logging.getLogger(__name__)

_MISSING = object()

# The generation read for the request being served, for code that has no
# request at hand (a page's view restrictions, Wagtail's site root paths).
_request_generation = ContextVar("fragment_generation", default=None)


def enabled():
    return getattr(settings, "FRAGMENT_CACHE_ENABLED", False)


class Pickled(bytes):
    """A fragment that is not text, kept pickled in the worker's copy so each request gets its own object."""


def remember_generation(request, value):
    """The page cache has just read the generation for this request: fragments use it too."""
    request._fragment_generation = value
    _request_generation.set(value)


def request_finished():
    """Forget the request's generation (called by the page cache middleware)."""
    _request_generation.set(None)


def generation(request):
    """The shared generation, read once per request; None if the cache fails."""
    if request is not None and hasattr(request, "_fragment_generation"):
        return request._fragment_generation
    if request is None:
        value = _request_generation.get()
        if value is not None:
            return value
    try:
        value = pagecache.current_generation()
    except Exception:
        logger.warning("Fragment cache unavailable; rendering without it.", exc_info=True)
        value = None
    if request is not None:
        remember_generation(request, value)
    return value


def key_for(request, name, vary_on=(), per_language=True):
    """The cache key of fragment ``name``, or None when the cache is off or failing."""
    if not enabled():
        return None
    current = generation(request)
    if current is None:
        return None
    language = translation.get_language() if per_language else ""
    parts = "\x1f".join(str(part) for part in (release.fingerprint(), name, language, current, *vary_on))
    return "fragment:" + hashlib.sha256(parts.encode()).hexdigest()


def cached(request, name, build, vary_on=(), keep_none=True, per_language=True):
    """``build()``, kept in the cache under ``name`` + ``vary_on`` until the next purge.

    Kept per active language unless ``per_language`` is False. With
    ``keep_none=False`` a None result is not stored (e.g. unknown addresses,
    which anyone can invent).
    """
    key = key_for(request, name, vary_on, per_language)
    if key is None:
        return build()
    current = generation(request)
    copy = pagecache.config().copy
    value = copy.get(current, key)
    if value is not None:
        return pickle.loads(value) if isinstance(value, Pickled) else value
    cache = pagecache.get_cache()
    try:
        value = cache.get(key, _MISSING)
    except Exception:  # e.g. a value pickled by an older release of the code
        logger.warning("Fragment %s could not be read; building it again.", name, exc_info=True)
        value = _MISSING
    if value is _MISSING:
        value = build()
        if value is None and not keep_none:
            return None
        cache.set(key, value, settings.PAGE_CACHE_TIMEOUT)
    kept = value if isinstance(value, str) else Pickled(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    # A fragment read from the shared cache may be older than this: its copy here
    # lives at most one more PAGE_CACHE_TIMEOUT.
    copy.put(current, key, kept, len(kept), time.time() + settings.PAGE_CACHE_TIMEOUT)
    return value


def site_root_paths(page, request=None):
    """Wagtail's site root paths in the active language, for ``Page._get_site_root_paths``.

    wagtail-modeltranslation keeps them in the cache per language and on the
    request for one language at a time, so a page showing both languages'
    addresses (the language switcher, hreflang links) reads the cache again at
    each switch. Here they are kept on the request (or page) for each language,
    and come from the fragment cache: no round trip once a worker has them.
    """
    from wagtail_modeltranslation.patch_wagtailadmin import _localized_site_get_site_root_paths

    holder = request if request is not None else page
    memo = holder.__dict__.get("_portal_site_root_paths")
    if memo is None:
        memo = holder.__dict__["_portal_site_root_paths"] = {}
    language = translation.get_language()
    paths = memo.get(language)
    if paths is None:
        paths = memo[language] = cached(request, "site-root-paths", _localized_site_get_site_root_paths)
    # Where Wagtail itself looks for them (e.g. to make redirects when a page moves).
    holder._wagtail_cached_site_root_paths = paths
    holder._wagtail_cached_site_root_paths_language = language
    return paths


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
        request._wagtail_site = cached(
            request, "site", build, (request._get_raw_host(), request.get_port()), per_language=False
        )
    except Exception:
        logger.warning("Could not attach the cached site; Wagtail will look it up.", exc_info=True)
