"""A worker's own copy of what it recently read from, or stored in, the shared cache.

The page cache and the fragment cache keep their entries in the shared cache
(Redis in production), each valid only under the shared *generation* it was
rendered in. Fetching a 40 KB page or a dozen fragments from Redis on every
request costs round trips, copies and parsing; so each worker process also
keeps the entries it has used in its own memory, tagged with the generation.

Every request still reads the current generation from the shared cache (one
small round trip), and an entry of this copy is used only under that very
generation: a purge on any app server therefore makes every worker's copy
stale at once, and the copy is emptied as soon as a newer generation is seen.

The copy is bounded by ``PAGE_CACHE_LOCAL_ENTRIES`` entries and
``PAGE_CACHE_LOCAL_MB`` megabytes per worker; the oldest entries leave first.
Each entry also expires when its shared original does (``PAGE_CACHE_TIMEOUT``
after it was rendered), so date-driven lists move on as they would without it.
"""

import threading
import time


class LocalCopy:
    """Entries of one generation at a time, in insertion order, within a size bound."""

    def __init__(self, max_entries, max_bytes):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.generation = None
        self.entries = {}  # key -> (value, size, expires_at as time.time())
        self.size = 0
        self.lock = threading.Lock()

    def holds(self, key):
        """Whether an entry for ``key`` is kept (under whatever generation is kept)."""
        return key in self.entries

    def get(self, generation, key):
        """The value kept for ``key`` under ``generation`` and not expired, else None."""
        if generation != self.generation:
            if self.generation is not None and generation > self.generation:
                with self.lock:
                    self._start(generation)
            return None
        item = self.entries.get(key)
        if item is None or item[2] <= time.time():
            return None
        return item[0]

    def put(self, generation, key, value, size, expires_at):
        if size > self.max_bytes or self.max_entries <= 0:
            return
        with self.lock:
            if generation != self.generation:
                if self.generation is not None and generation < self.generation:
                    return  # read before a purge this worker has already seen
                self._start(generation)
            entries = self.entries
            old = entries.pop(key, None)
            if old is not None:
                self.size -= old[1]
            while entries and (len(entries) >= self.max_entries or self.size + size > self.max_bytes):
                oldest = next(iter(entries))
                self.size -= entries.pop(oldest)[1]
            entries[key] = (value, size, expires_at)
            self.size += size

    def _start(self, generation):
        """Forget everything if ``generation`` is newer than what is kept (the caller holds the lock)."""
        if self.generation is None or generation > self.generation:
            self.generation = generation
            self.entries = {}
            self.size = 0
