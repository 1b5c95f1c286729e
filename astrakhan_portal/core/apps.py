from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "astrakhan_portal.core"
    label = "core"
    verbose_name = "Shared building blocks"
