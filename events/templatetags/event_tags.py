"""Events for other pages' templates: ``{% load event_tags %}``.

The home page shows the upcoming editions through this tag, so that the home
app needs no import of the events app (see docs/architecture.md).
"""

import datetime

from django import template

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.page_urls import ADDRESS_FIELDS, addresses_for
from astrakhan_portal.core.rows import PageRow, current_language, plain_rows, translated

from ..models import EventEdition, today

register = template.Library()

# What the list of editions shows of an edition and of its series (events/includes/edition_list.html).
EDITION_COLUMNS = ("id", "start_date", "end_date", "link", *translated("venue"))
SERIES_COLUMNS = ("id", *ADDRESS_FIELDS, *translated("title"))
SERIES = "series__"


@register.simple_tag(takes_context=True)
def upcoming_editions(context, root, count=4):
    """The ``count`` next editions of live event series below ``root`` (a page), soonest first,
    in one query, as rows (``core.rows.PageRow``) whose ``series`` is a row too."""
    request = context.get("request")
    return [edition_row(request, row) for row in UPCOMING_BELOW(shape=count, on=today(), path=root.path)]


def upcoming_below(count, on, path):
    """The ``count`` first editions not ended ``on`` a day, of live series below tree ``path``,
    soonest first (as ``EventEdition.upcoming``), with their series' columns."""
    editions = plain_rows(EventEdition).filter(
        end_date__gte=on, series__live=True, series__path__startswith=path
    )
    columns = (*EDITION_COLUMNS, *(SERIES + column for column in SERIES_COLUMNS))
    return editions.order_by("start_date", "pk").values(*columns)[:count]


UPCOMING_BELOW = CompiledRead(upcoming_below, on=datetime.date, path=str)


def edition_row(request, columns):
    """An edition from its joined ``.values()`` row: its own columns, and its series as a row
    with the series' address in the active language."""
    series = {key[len(SERIES) :]: value for key, value in columns.items() if key.startswith(SERIES)}
    own = {key: value for key, value in columns.items() if not key.startswith(SERIES)}
    addresses = addresses_for(request) if request is not None else None
    url = addresses.path_in(series, current_language()) if addresses is not None else None
    return PageRow({**own, "series": PageRow(series, url)})
