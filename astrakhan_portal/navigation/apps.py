from django.apps import AppConfig


class NavigationConfig(AppConfig):
    name = "astrakhan_portal.navigation"
    label = "navigation"
    verbose_name = "Navigation"
