"""News for other pages' templates: ``{% load news_tags %}``.

The home page shows the latest news through this tag, so that the home app
needs no import of the news app (see docs/architecture.md).
"""

from django import template

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.rows import page_columns, plain_rows, rows_from, translated

from ..models import NewsPage

register = template.Library()

# What a news card shows (templates/cards/news.jinja).
NEWS_CARD_COLUMNS = ("date", *translated("title", "summary"))


@register.simple_tag(takes_context=True)
def latest_news(context, root, count=4):
    """The ``count`` latest live news items below ``root`` (a page), newest first, as rows for
    their cards (``core.rows.PageRow``), in one query."""
    return rows_from(context.get("request"), LATEST_NEWS(shape=count, path=root.path, depth=root.depth))


def latest_below(count, path, depth):
    """The ``count`` latest live news items below the page at tree ``path`` and ``depth``."""
    news = plain_rows(NewsPage).filter(live=True, path__startswith=path, depth__gt=depth)
    return news.order_by("-date", "-pk").values(*page_columns(*NEWS_CARD_COLUMNS))[:count]


LATEST_NEWS = CompiledRead(latest_below, path=str, depth=int)
