from django.apps import AppConfig


class StandardConfig(AppConfig):
    name = "astrakhan_portal.standard"
    label = "standard"
    verbose_name = "Standard pages"
