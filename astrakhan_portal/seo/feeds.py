"""The news feed (RSS 2.0), one per language."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from astrakhan_portal.core.models import DEFAULT_LANGUAGE

from .languages import current_language

NEWS_FEED_ITEMS = 20


class NewsFeed(Feed):
    """The latest news in the visitor's language; English lists translated news only."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        """The request: one Feed instance serves every request, so nothing is kept on it."""
        return request

    def title(self):
        return _("Astrakhan Region: international cooperation") + " — " + _("News")

    def description(self):
        return _(
            "News of the international cooperation of Astrakhan Region with the Caspian States and the CIS."
        )

    def link(self, request):
        from news.models import NewsIndexPage

        index = NewsIndexPage.objects.live().first()
        return index.get_url(request) if index else "/"

    def items(self, request):
        from news.models import NewsPage

        news = NewsPage.objects.live().public()
        language = current_language()
        if language != DEFAULT_LANGUAGE:
            news = news.exclude(**{f"title_{language}": ""}).exclude(**{f"title_{language}__isnull": True})
        return news.order_by("-date", "-pk")[:NEWS_FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url()

    # The guid is the item's absolute address on the requested host (Django's default).
    item_guid_is_permalink = True

    def item_pubdate(self, item):
        # A news item has a date only: noon keeps that date in every reader's time zone.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at
