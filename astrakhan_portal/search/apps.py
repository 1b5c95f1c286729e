from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "astrakhan_portal.search"
    label = "portal_search"
    verbose_name = "Search"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from . import indexing

        page_published.connect(indexing.on_published, dispatch_uid="portal_search_published")
        page_unpublished.connect(indexing.on_unpublished, dispatch_uid="portal_search_unpublished")
