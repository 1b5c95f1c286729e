from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "astrakhan_portal.core"
    label = "core"
    verbose_name = "Shared building blocks"

    def ready(self):
        # After wagtail-modeltranslation has patched the page models' route().
        from astrakhan_portal.home.models import HomePage

        from .routing import install

        install(HomePage)
