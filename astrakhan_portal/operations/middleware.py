"""Serve anonymous page views from the page cache (see ``pagecache.py``).

Placed right after WhiteNoise, so a hit skips sessions, language selection,
URL resolving and the database; the stored response already carries the
headers the inner middleware added when it was rendered.
"""

from . import fragments, pagecache


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.serve(request)
        finally:
            fragments.request_finished()

    def serve(self, request):
        key = pagecache.cache_key(request)
        if key is None and not pagecache.enabled():
            fragments.attach_site(request)
            return self.get_response(request)
        generation = entry = None
        if key is not None:
            generation, entry = pagecache.lookup(key)
            if entry is not None:
                return pagecache.replay(entry)
            if generation is not None:
                fragments.remember_generation(request, generation)
        fragments.attach_site(request)
        response = self.get_response(request)
        if key is None:
            if pagecache.cacheable_view(request):
                response[pagecache.HEADER] = "bypass"
            return response
        storable = pagecache.may_store(request, response)
        if storable and generation is not None:
            pagecache.store(key, generation, response)
        if storable or pagecache.cacheable_view(request):
            response[pagecache.HEADER] = "miss"
        return response
