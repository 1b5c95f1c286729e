"""The page cache: what anonymous visitors see is served from Django's cache.

How it works (see docs/operations.md for the operator's view):

* **Which requests.** GET and HEAD requests without a session or messages
  cookie (so never a logged-in editor), whose query string has only the
  listing and search parameters in ``PAGE_CACHE_QUERY_PARAMS``, outside
  ``PAGE_CACHE_SKIP_PREFIXES`` (admin, documents, static, media, health).
* **Which responses are stored.** Only Wagtail pages that passed their view
  restrictions (marked by the ``on_serve_page`` hook in ``wagtail_hooks.py``,
  never a preview) and the views named in ``PAGE_CACHE_VIEW_NAMES`` (search);
  only a 200 that sets no cookie, does not vary on ``Cookie`` (the session)
  and is not marked private or ``no-store``.
* **The key** is a hash of the release (``release.py``), scheme, host,
  language, the ``vi`` cookie (the version for visually impaired visitors),
  path and the sorted query string.
* **Purging** uses one *generation* number shared by every app server through
  the cache. Each entry records the generation it was rendered under and is
  valid only while that is still the current one. Publishing, unpublishing,
  moving or deleting a page (or saving any content model, see ``purge.py``)
  increments the generation: one atomic ``INCR`` that every server sees at
  once, so a page, its listings, the home page, the menus, the search results
  and the country hubs that mention it are all fresh on the next request.
  A lookup is one round trip (``MGET`` of the generation and the entry);
  storing is one more.
* **The hit path** is kept short: settings are read once (``Config``), an
  entry is plain bytes (``pack``: a ``<generation> <status>`` line, one
  ``Name: value`` line per header, a blank line, the body) read with the
  redis-py client under django-redis on the thread's own connection, and
  ``replay`` puts the headers back without checking them again.
* **Each worker keeps its own copy** of the entries it has used, unpacked
  (``memory.py``), used only under the current generation, so it is exactly
  as fresh as the shared cache. With Redis a hit on that copy makes no round
  trip at all: each purge publishes the new generation on a channel every
  worker subscribes to (``watch.py``), and a worker reads the generation
  itself only when the channel cannot tell (at least once a second).
"""

import hashlib
import logging
import os
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import has_vary_header

from . import release, watch
from .memory import LocalCopy

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
ENTRY_PREFIX = "pagecache:page:"
HEADER = "X-Page-Cache"
MAX_QUERY_STRING = 1000
MAX_VI_COOKIE = 200
MAX_CONTENT_LENGTH = 2 * 1024 * 1024
# Headers that belong to one response only and are never replayed from the cache.
UNSTORED_HEADERS = {"set-cookie", HEADER.lower()}


class Config:
    """The settings a lookup needs, read once (and again after a setting changes in tests)."""

    def __init__(self):
        self.enabled = getattr(settings, "PAGE_CACHE_ENABLED", False)
        self.alias = getattr(settings, "PAGE_CACHE_ALIAS", "default")
        self.skip_prefixes = tuple(getattr(settings, "PAGE_CACHE_SKIP_PREFIXES", ()))
        self.query_params = frozenset(getattr(settings, "PAGE_CACHE_QUERY_PARAMS", ()))
        self.timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)
        self.bypass_cookies = (settings.SESSION_COOKIE_NAME, "messages")
        self.language_code = settings.LANGUAGE_CODE
        self.release = release.fingerprint()
        # What request.scheme and request.get_host() read.
        self.site_headers = ["HTTP_HOST", "SERVER_NAME", "SERVER_PORT", "wsgi.url_scheme"]
        if settings.USE_X_FORWARDED_HOST:
            self.site_headers.append("HTTP_X_FORWARDED_HOST")
        if settings.USE_X_FORWARDED_PORT:
            self.site_headers.append("HTTP_X_FORWARDED_PORT")
        if settings.SECURE_PROXY_SSL_HEADER:
            self.site_headers.append(settings.SECURE_PROXY_SSL_HEADER[0])
        self.sites = {}
        self.languages = {}
        self.queries = {}
        self.cache = caches[self.alias]
        self.redis = None
        self.watch = None
        if self.cache.__class__.__module__.startswith("django_redis"):
            from django_redis import get_redis_connection

            # The plain redis-py client: entries are stored as bytes, not pickled,
            # and the generation is the integer django-redis keeps unpickled.
            self.redis = get_redis_connection(self.alias)
            self.generation_key = self.cache.make_key(GENERATION_KEY)
            self.purge_channel = self.cache.make_key(watch.CHANNEL)
            self.watch = watch.PurgeWatch(self.redis, self.purge_channel)
        self.local = threading.local()
        self.copy = LocalCopy(
            max_entries=getattr(settings, "PAGE_CACHE_LOCAL_ENTRIES", 2000),
            max_bytes=int(getattr(settings, "PAGE_CACHE_LOCAL_MB", 64) * 1024 * 1024),
        )

    def command(self, *args):
        """One Redis command on this thread's own connection, without the pool's per-command bookkeeping."""
        local = self.local
        connection = getattr(local, "connection", None)
        if connection is None or connection.pid != os.getpid():
            pool = self.redis.connection_pool
            connection = local.connection = pool.connection_class(**pool.connection_kwargs)
        try:
            connection.send_command(*args)
            return connection.read_response()
        except Exception:
            local.connection = None
            connection.disconnect()
            raise


_config = None


def config():
    global _config
    if _config is None:
        _config = Config()
    return _config


@receiver(setting_changed)
def _forget_config(**kwargs):
    global _config
    _config = None


def enabled():
    return config().enabled


def get_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def cache_key(request):
    """The cache key for this request, or None when it must bypass the cache."""
    conf = config()
    if not conf.enabled or request.method not in ("GET", "HEAD"):
        return None
    meta = request.META
    vi = ""
    if meta.get("HTTP_COOKIE"):
        cookies = request.COOKIES
        for name in conf.bypass_cookies:
            if name in cookies:
                return None
        vi = cookies.get("vi", "")
        if len(vi) > MAX_VI_COOKIE:
            return None
    path = request.path
    if path.startswith(conf.skip_prefixes):
        return None
    query = ""
    query_string = meta.get("QUERY_STRING")
    if query_string:
        if len(query_string) > MAX_QUERY_STRING:
            return None
        query = conf.queries.get(query_string)
        if query is None:
            query = canonical_query(conf, request)
            if len(conf.queries) >= 4 * MEMO_SIZE:
                conf.queries.clear()
            conf.queries[query_string] = query
        if query is BYPASS:
            return None
    raw = "\n".join((site_of(conf, request), language_of(conf, path), vi, path, query))
    return ENTRY_PREFIX + hashlib.blake2b(raw.encode(), digest_size=20).hexdigest()


# Memos of the parts of a key that are the same for most requests, bounded so
# that invented host names, path prefixes or query strings cannot grow them
# without limit.
MEMO_SIZE = 64
BYPASS = object()


def canonical_query(conf, request):
    """The query's parameters sorted, or BYPASS if one of them is not a listing or search parameter."""
    params = request.GET
    if any(name not in conf.query_params for name in params):
        return BYPASS
    return "&".join(f"{name}={value}" for name in sorted(params) for value in sorted(params.getlist(name)))


def site_of(conf, request):
    """ "<release>\n<scheme>\n<host>", validated by Django once per distinct request head.

    ``request.get_host()`` checks ALLOWED_HOSTS (and raises DisallowedHost,
    answered with a 400) and ``request.scheme`` reads the proxy header: both
    depend only on the headers named in ``conf.site_headers``.
    """
    meta = request.META
    head = tuple(meta.get(name) for name in conf.site_headers)
    site = conf.sites.get(head)
    if site is None:
        site = f"{conf.release}\n{request.scheme}\n{request.get_host()}"
        if len(conf.sites) >= MEMO_SIZE:
            conf.sites.clear()
        conf.sites[head] = site
    return site


def language_of(conf, path):
    """The language of ``path`` (its prefix, else the default), decided once per first path segment."""
    parts = path.split("/", 2)
    segment = parts[1] if len(parts) > 1 else ""
    language = conf.languages.get(segment)
    if language is None:
        language = translation.get_language_from_path(f"/{segment}/") or conf.language_code
        if len(conf.languages) >= MEMO_SIZE:
            conf.languages.clear()
        conf.languages[segment] = language
    return language


def bypass_cookies():
    return config().bypass_cookies


def _new_generation():
    # Larger than any generation handed out before the key was lost (evicted,
    # Redis restarted), so an old entry can never become valid again.
    return time.time_ns() // 1000


def current_generation(cache=None):
    cache = cache or get_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def lookup(key):
    """(generation, page) with page None on a miss; (None, None) if the cache fails.

    The generation is an int, the page a ``(status, headers, content)`` triple
    (see ``unpack``). When this worker keeps its own copy of the page, only the
    generation is read from the shared cache; otherwise the generation and the
    entry are read together (with Redis, one ``MGET``).
    """
    conf = config()
    copy = conf.copy
    try:
        fetched = not copy.holds(key)
        entry = None
        if conf.redis is not None:
            if fetched:
                generation, entry = conf.command("MGET", conf.generation_key, conf.cache.make_key(key))
            else:
                # The page is in this worker's copy: the generation from the purge
                # channel (watch.py), read from Redis only when that cannot tell.
                generation = conf.watch.current()
                if generation is None:
                    generation = conf.command("GET", conf.generation_key)
                    if generation is not None:
                        conf.watch.seen(int(generation))
        elif fetched:
            values = conf.cache.get_many([GENERATION_KEY, key])
            generation, entry = values.get(GENERATION_KEY), values.get(key)
        else:
            generation = conf.cache.get(GENERATION_KEY)
        if generation is None:
            return current_generation(conf.cache), None
        generation = int(generation)
        page = copy.get(generation, key)
        if page is not None:
            return generation, page
        if not fetched:
            entry = conf.command("GET", conf.cache.make_key(key)) if conf.redis else conf.cache.get(key)
        if entry is not None and entry.startswith(b"%d " % generation):
            expires_at, page = unpack(entry)
            copy.put(generation, key, page, len(entry), expires_at)
            return generation, page
        return generation, None
    except Exception:
        logger.warning("Page cache lookup failed; serving without the cache.", exc_info=True)
        return None, None


def may_store(request, response):
    """Whether this response can be shown to every anonymous visitor."""
    if request.method != "GET" or response.status_code != 200:
        return False
    if not cacheable_view(request):
        return False
    if getattr(response, "streaming", False) or response.cookies:
        return False
    if has_vary_header(response, "Cookie"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    return len(response.content) <= MAX_CONTENT_LENGTH


def cacheable_view(request):
    """A Wagtail page the visitor may see (not a preview), or a view named in PAGE_CACHE_VIEW_NAMES."""
    if getattr(request, "page_cache_allowed", False):
        return True
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name in settings.PAGE_CACHE_VIEW_NAMES


def pack(generation, response, expires_at):
    """The entry as bytes: "<generation> <status> <expires_at>", one "Name: value" line per header,
    a blank line, the body."""
    lines = [b"%d %d %d" % (generation, response.status_code, expires_at)]
    for name, value in response.items():
        if name.lower() not in UNSTORED_HEADERS:
            lines.append(f"{name}: {value}".encode())
    return b"\n".join(lines) + b"\n\n" + response.content


def unpack(entry):
    """(expires_at, (status, headers, content)) of an entry made by ``pack``."""
    head, _, content = entry.partition(b"\n\n")
    lines = head.decode().split("\n")
    headers = dict(line.partition(": ")[::2] for line in lines[1:])
    headers[HEADER] = "hit"
    _generation, status, expires_at = lines[0].split(" ")
    return int(expires_at), (int(status), headers, content)


def store(key, generation, response):
    conf = config()
    expires_at = int(time.time()) + conf.timeout
    entry = pack(generation, response, expires_at)
    try:
        if conf.redis is not None:
            conf.redis.set(conf.cache.make_key(key), entry, ex=conf.timeout)
        else:
            conf.cache.set(key, entry, conf.timeout)
        conf.copy.put(generation, key, unpack(entry)[1], len(entry), expires_at)
    except Exception:
        logger.warning("Page cache store failed.", exc_info=True)


def replay(page):
    """The stored response, as a new HttpResponse."""
    status, headers, content = page
    return HttpResponse(content, status=status, headers=headers)


def purge():
    """Make every stored page and fragment stale, on every app server sharing the cache."""
    if not (enabled() or getattr(settings, "FRAGMENT_CACHE_ENABLED", False)):
        return
    cache = get_cache()
    try:
        try:
            generation = cache.incr(GENERATION_KEY)
        except ValueError:
            # No generation yet (or it was evicted): start a new, larger one.
            generation = _new_generation()
            cache.set(GENERATION_KEY, generation, timeout=None)
    except Exception:
        logger.error("Page cache purge failed: pages may stay stale until they expire.", exc_info=True)
        return
    conf = config()
    if conf.redis is not None:
        try:
            # Every worker of every app server learns of it before this returns (watch.py).
            conf.command("PUBLISH", conf.purge_channel, generation)
        except Exception:
            logger.warning(
                "Could not announce the purge: other workers see it within %s s.",
                watch.CHECK_EVERY,
                exc_info=True,
            )
