"""News for other pages' templates: ``{% load news_tags %}``.

The home page shows the latest news through this tag, so that the home app
needs no import of the news app (see docs/architecture.md).
"""

from django import template

from astrakhan_portal.core.rows import page_rows, translated

from ..models import NewsPage

register = template.Library()

# What a news card shows (news/includes/news_card.html).
NEWS_CARD_COLUMNS = ("date", *translated("title", "summary"))


@register.simple_tag(takes_context=True)
def latest_news(context, root, count=4):
    """The ``count`` latest live news items below ``root`` (a page), newest first, as rows for
    their cards (``core.rows.PageRow``), in one query."""
    news = NewsPage.objects.live().descendant_of(root).order_by("-date", "-pk")[:count]
    return page_rows(context.get("request"), news, *NEWS_CARD_COLUMNS)
