from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "astrakhan_portal.home"
    label = "home"
    verbose_name = "Home page"
