from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "astrakhan_portal.search"
    label = "portal_search"
    verbose_name = "Search"
