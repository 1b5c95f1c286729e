"""A warning when the page cache cannot be purged on every app server."""

from django.conf import settings
from django.core import checks

LOCAL_BACKENDS = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.caches, deploy=True)
def page_cache_is_shared(app_configs, **kwargs):
    if not getattr(settings, "PAGE_CACHE_ENABLED", False):
        return []
    alias = getattr(settings, "PAGE_CACHE_ALIAS", "default")
    backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
    if backend in LOCAL_BACKENDS:
        return [
            checks.Warning(
                "The page cache lives in each process's own memory.",
                hint=(
                    "A page published through one gunicorn worker is purged only in that worker; "
                    "the others serve it until PAGE_CACHE_TIMEOUT runs out. Set REDIS_URL when "
                    "running more than one worker or server, or PAGE_CACHE=0."
                ),
                id="operations.W001",
            )
        ]
    return []
