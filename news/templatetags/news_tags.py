"""News for other pages' templates: ``{% load news_tags %}``.

The home page shows the latest news through this tag, so that the home app
needs no import of the news app (see docs/architecture.md).
"""

from django import template

from ..models import NewsPage

register = template.Library()


@register.simple_tag
def latest_news(root, count=4):
    """The ``count`` latest live news items below ``root`` (a page), newest first, in one query."""
    return list(
        NewsPage.objects.live().descendant_of(root).select_related("image").order_by("-date", "-pk")[:count]
    )
