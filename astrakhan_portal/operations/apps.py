from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """What operators need: the page cache, its purge on publishing, the health check."""

    name = "astrakhan_portal.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self):
        from . import checks, purge  # noqa: F401  (registers the checks and signal receivers)
