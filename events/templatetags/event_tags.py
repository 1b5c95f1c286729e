"""Events for other pages' templates: ``{% load event_tags %}``.

The home page shows the upcoming editions through this tag, so that the home
app needs no import of the events app (see docs/architecture.md).
"""

from django import template

from ..models import EventEdition

register = template.Library()


@register.simple_tag
def upcoming_editions(root, count=4):
    """The ``count`` next editions of live event series below ``root`` (a page), soonest first, in one query."""
    return list(EventEdition.upcoming().filter(series__path__startswith=root.path)[:count])
