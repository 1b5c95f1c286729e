"""The news feed (RSS 2.0), one per language."""

import datetime
import io

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.models import DEFAULT_LANGUAGE
from astrakhan_portal.core.page_urls import PageAddresses
from astrakhan_portal.core.rows import PageRow, plain_rows
from astrakhan_portal.core.sections import live_section_of
from astrakhan_portal.core.sites import site_for
from astrakhan_portal.core.templatetags.typography import shown_language
from astrakhan_portal.core.typography import typeset_text

from .languages import current_language

NEWS_FEED_ITEMS = 20
# The columns an item of the feed is written from (no page object is built per item).
ITEM_COLUMNS = ("date", "last_published_at", "url_path")


class FeedItem(PageRow):
    """A news item of the feed, from one row of ``.values()``: its title and summary in
    each language (``title_ru``, ...; ``title`` and ``summary`` in the active one), its
    date, last publication and address (``link``)."""

    @property
    def link(self):
        return self.url


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


class WholeRss201rev2Feed(Rss201rev2Feed):
    """Django's RSS 2.0 writer, handing the document to the response in one piece: given the
    response itself, it wrote each tag and text on its own through an encoding wrapper (about
    500 writes for 20 items, a fifth of the feed's cost)."""

    def write(self, outfile, encoding):
        document = io.StringIO()
        super().write(document, encoding)
        outfile.write(document.getvalue())


class NewsFeed(Feed):
    """The latest news in the visitor's language; English lists translated news only."""

    feed_type = WholeRss201rev2Feed

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
        # Rows, not pages: building a page object (StreamField bodies, modeltranslation's
        # and modelcluster's __init__) and asking it for get_url() cost more than the rest
        # of the feed together, for each of its twenty items. The addresses are the stored
        # url_path_<language> under the site's root, as get_url() gives them.
        site = site_for(request)
        if site is None:
            return []
        root = site.root_page
        language = current_language()
        rows = FEED_NEWS(shape=language, path=root.path, depth=root.depth)
        addresses = PageAddresses(root)
        return [FeedItem(row, addresses.path_in(row, language) if addresses else None) for row in rows]

    def item_title(self, item):
        return self._typeset(item.title)

    def item_description(self, item):
        """The summary in the feed's language; an English item whose summary is not translated
        yet has none (RSS cannot mark one item's text as Russian in an English feed)."""
        if shown_language(item, "summary") != current_language():
            return ""
        return self._typeset(item.summary)

    def _typeset(self, text):
        """Russian text with its non-breaking spaces and dashes, as on the site's pages."""
        return typeset_text(text or "") if current_language() == DEFAULT_LANGUAGE else text

    def item_link(self, item):
        return item.link

    # The guid is the item's absolute address on the requested host (Django's default).
    item_guid_is_permalink = True

    def item_pubdate(self, item):
        # A news item has a date only: noon keeps that date in every reader's time zone.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at
