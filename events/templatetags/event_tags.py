"""Events for other pages' templates: ``{% load event_tags %}``.

The home page shows the upcoming editions through this tag, so that the home
app needs no import of the events app (see docs/architecture.md).
"""

from django import template

from astrakhan_portal.core.page_urls import ADDRESS_FIELDS, addresses_for
from astrakhan_portal.core.rows import PageRow, current_language, translated

from ..models import EventEdition

register = template.Library()

# What the list of editions shows of an edition and of its series (events/includes/edition_list.html).
EDITION_COLUMNS = ("id", "start_date", "end_date", "link", *translated("venue"))
SERIES_COLUMNS = ("id", *ADDRESS_FIELDS, *translated("title"))
SERIES = "series__"


@register.simple_tag(takes_context=True)
def upcoming_editions(context, root, count=4):
    """The ``count`` next editions of live event series below ``root`` (a page), soonest first,
    in one query, as rows (``core.rows.PageRow``) whose ``series`` is a row too."""
    editions = EventEdition.upcoming().filter(series__path__startswith=root.path)[:count]
    rows = editions.values(*EDITION_COLUMNS, *(SERIES + column for column in SERIES_COLUMNS))
    request = context.get("request")
    return [edition_row(request, row) for row in rows]


def edition_row(request, columns):
    """An edition from its joined ``.values()`` row: its own columns, and its series as a row
    with the series' address in the active language."""
    series = {key[len(SERIES) :]: value for key, value in columns.items() if key.startswith(SERIES)}
    own = {key: value for key, value in columns.items() if not key.startswith(SERIES)}
    addresses = addresses_for(request) if request is not None else None
    url = addresses.path_in(series, current_language()) if addresses is not None else None
    return PageRow({**own, "series": PageRow(series, url)})
