from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """What operators need: the page cache, its purge on publishing, the health check."""

    name = "astrakhan_portal.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self):
        from . import checks, purge  # noqa: F401  (registers the checks and signal receivers)

        self.keep_site_root_paths_per_language()

    @staticmethod
    def keep_site_root_paths_per_language():
        """Route wagtail-modeltranslation's site root paths through the fragment cache (``fragments.py``).

        Runs after wagtail-modeltranslation has patched every page model (this
        app comes last in INSTALLED_APPS).
        """
        from wagtail.models import Page, get_page_models

        from .fragments import site_root_paths

        def _get_site_root_paths(self, request=None):
            return site_root_paths(self, request)

        for model in {Page, *get_page_models()}:
            model._get_site_root_paths = _get_site_root_paths
