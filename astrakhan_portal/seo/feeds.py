"""The news feed (RSS 2.0), one per language."""

import datetime

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.contrib.syndication.views import Feed, add_domain
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.models import DEFAULT_LANGUAGE
from astrakhan_portal.core.page_urls import PageAddresses
from astrakhan_portal.core.rows import plain_rows
from astrakhan_portal.core.sections import live_section_of
from astrakhan_portal.core.sites import site_for
from astrakhan_portal.core.typography import typeset_text

from .languages import current_language
from .rss import OnePassRss

NEWS_FEED_ITEMS = 20
NOON = datetime.time(12)
# The columns an item of the feed is written from (no page object is built per item).
ITEM_COLUMNS = ("date", "last_published_at", "url_path")


def feed_news(language, path, depth):
    """The latest live news below the site root at tree ``path`` and ``depth``, newest first,
    outside any private section (Wagtail's ``public()``, as one subquery); for a language other
    than Russian, the news translated into it."""
    from news.models import NewsPage

    news = plain_rows(NewsPage).filter(path__startswith=path, depth__gt=depth, live=True)
    # A view restriction covers its page and everything below it (its path is a prefix).
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    news = news.exclude(Exists(restricted))
    if language != DEFAULT_LANGUAGE:
        news = news.exclude(**{f"title_{language}": ""}).exclude(**{f"title_{language}__isnull": True})
    columns = [
        f"{field}_{code}" for field in ("title", "summary", "url_path") for code, _name in settings.LANGUAGES
    ]
    return news.order_by("-date", "-pk").values(*ITEM_COLUMNS, *columns)[:NEWS_FEED_ITEMS]


FEED_NEWS = CompiledRead(feed_news, path=str, depth=int)


class NewsFeed(Feed):
    """The latest news in the visitor's language; English lists translated news only."""

    feed_type = OnePassRss

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

        news_list = live_section_of(request, NewsIndexPage)  # from the menu's rows
        return news_list.url if news_list is not None and news_list.url else "/"

    def items(self, request):
        """None through Django's loop: :meth:`get_feed` writes the items itself."""
        return []

    def get_feed(self, obj, request):
        """The channel as Django makes it; the items written here from their rows. Django's
        loop asks each item some twenty questions (``_get_dynamic_attr``: title, link, guid,
        author, enclosures, categories...), most of them with no answer, and the active
        language several times over; with twenty items that loop and the SAX writer made
        the feed cost nearly twice as much (2.2-2.6 ms against 1.2-1.7 in the test client)."""
        feed = super().get_feed(obj, request)  # the channel; items() gave it no item
        site = site_for(request)
        if site is None:
            return feed
        language = current_language()
        russian = language == DEFAULT_LANGUAGE
        # Rows, not pages: building a page object (StreamField bodies, modeltranslation's
        # and modelcluster's __init__) and asking it for get_url() cost more than the rest
        # of the feed together, for each of its twenty items. The addresses are the stored
        # url_path_<language> under the site's root, as get_url() gives them (quoted).
        root = site.root_page
        addresses = PageAddresses(root)
        host = add_domain(get_current_site(request).domain, "", request.is_secure())
        zone = timezone.get_current_timezone()  # make_aware() would ask again for each item
        for row in FEED_NEWS(shape=language, path=root.path, depth=root.depth):
            path = addresses.path_in(row, language) if addresses else None
            if path is None:  # not reachable on this site
                continue
            # The English feed lists translated items only; an English item whose summary
            # is not translated yet has none (RSS cannot mark one item's text as Russian).
            title = row[f"title_{language}"] or row[f"title_{DEFAULT_LANGUAGE}"] or ""
            summary = row[f"summary_{language}"] or ""
            feed.add_entry(
                # Russian text with its non-breaking spaces and dashes, as on the site's pages.
                title=typeset_text(title) if russian else title,
                link=host + path,
                description=typeset_text(summary) if russian else summary,
                # A news item has a date only: noon keeps that date in every reader's time zone.
                pubdate=datetime.datetime.combine(row["date"], NOON, tzinfo=zone),
                updateddate=row["last_published_at"],
            )
        return feed

    # Django's Feed sets the response's Last-Modified (the latest of the items' dates) when
    # the feed defines these; the dates themselves are given in get_feed.
    item_pubdate = item_updateddate = None
