from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """What operators need: cache headers, purges of the proxy cache, health checks, failure pages."""

    name = "astrakhan_portal.operations"
    label = "operations"
    verbose_name = "Operations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import purge  # noqa: F401  (registers the signal receivers)
