from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "astrakhan_portal.home"
    label = "home"
    verbose_name = "Home page"

    def ready(self):
        # After wagtail-modeltranslation has patched the page models' route()
        # (its app comes first in INSTALLED_APPS). Done here, not in core, so
        # that core imports no content app.
        from astrakhan_portal.core.routing import install

        from .models import HomePage

        install(HomePage)
