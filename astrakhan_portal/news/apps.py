from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "astrakhan_portal.news"
    label = "news"
    verbose_name = "News"
