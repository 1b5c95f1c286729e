from django.apps import AppConfig


class StandardConfig(AppConfig):
    name = "standard"
    label = "standard"
    verbose_name = "Standard pages"
