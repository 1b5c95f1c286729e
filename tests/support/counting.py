"""Helpers for tests that pin what a request costs."""

from django.db.models.signals import post_init


class Built:
    """Counts the model instances built while it is open (``with Built() as built: ...``)."""

    def __enter__(self):
        self.count = 0
        post_init.connect(self.seen, weak=False)
        return self

    def seen(self, **kwargs):
        self.count += 1

    def __exit__(self, *exc):
        post_init.disconnect(self.seen)
