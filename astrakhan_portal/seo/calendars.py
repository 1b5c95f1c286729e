"""Calendars of event editions in iCalendar format (RFC 5545), for calendar apps.

Each edition is an all-day event from its start date to its end date, at its
venue, linking to its event series page, in the visitor's language. The
``icalendar`` library writes the format (escaping, line folding).
"""

import datetime

import icalendar
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from .languages import current_language

# Page ids are 32-bit integers; a larger number cannot name a page.
MAX_PAGE_ID = 2**31 - 1


def edition_event(request, edition):
    series = edition.series
    event = icalendar.Event()
    event.add("uid", f"event-edition-{edition.pk}@{request.get_host().split(':')[0]}")
    event.add("dtstamp", series.last_published_at or timezone.now())
    event.add("dtstart", edition.start_date)
    # DTEND of an all-day event is the day after it ends (RFC 5545 3.6.1).
    event.add("dtend", edition.end_date + datetime.timedelta(days=1))
    event.add("summary", series.title)
    event.add("location", edition.venue)
    event.add("url", request.build_absolute_uri(series.get_url(request)))
    description = series.summary
    if edition.link:
        description = f"{description}\n{edition.link}".strip()
    if description:
        event.add("description", description)
    return event


def calendar_response(request, name, editions, filename):
    calendar = icalendar.Calendar()
    calendar.add(
        "prodid", f"-//Astrakhan Region//International cooperation portal//{current_language().upper()}"
    )
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for edition in editions:
        calendar.add_component(edition_event(request, edition))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def events_ics(request):
    """Every upcoming edition of every published event series."""
    from events.models import EventEdition, EventSeriesPage

    editions = EventEdition.upcoming().filter(series__in=EventSeriesPage.objects.live().public().values("pk"))
    name = _("Astrakhan Region: international cooperation") + " — " + _("Events")
    return calendar_response(request, name, editions, "events.ics")


def event_series_ics(request, series_id):
    """Every edition of one event series, past and upcoming."""
    from events.models import EventSeriesPage

    if series_id > MAX_PAGE_ID:
        raise Http404("No such event series")
    series = get_object_or_404(EventSeriesPage.objects.live().public(), pk=series_id)
    editions = series.editions.select_related("series").order_by("start_date", "pk")
    return calendar_response(request, series.title, editions, f"event-series-{series.pk}.ics")
