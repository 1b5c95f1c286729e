from django.apps import AppConfig


class SeoConfig(AppConfig):
    """What search engines, feed readers and calendars read: metadata, feeds, sitemap."""

    name = "astrakhan_portal.seo"
    label = "seo"
    verbose_name = "Feeds, sitemap and metadata"
