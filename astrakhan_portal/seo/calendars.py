"""Calendars of event editions in iCalendar format (RFC 5545), for calendar apps.

Each edition is an all-day event from its start date to its end date, at its
venue, linking to its event series page, in the visitor's language.
"""

import datetime

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from .languages import current_language

# Page ids are 32-bit integers; a larger number cannot name a page.
MAX_PAGE_ID = 2**31 - 1
# RFC 5545 3.1: lines longer than 75 octets are folded.
MAX_LINE_OCTETS = 75


def escape_text(value):
    """A TEXT value as RFC 5545 3.3.11 writes it."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line):
    """Split a content line into pieces of at most 75 octets, never inside a character."""
    pieces = []
    current, size = "", 0
    for char in line:
        char_size = len(char.encode("utf-8"))
        # Continuation lines start with a space, which counts.
        limit = MAX_LINE_OCTETS if not pieces else MAX_LINE_OCTETS - 1
        if size + char_size > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += char_size
    pieces.append(current)
    return "\r\n ".join(pieces)


def utc_stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def edition_lines(request, edition):
    series = edition.series
    url = request.build_absolute_uri(series.get_url(request))
    stamp = series.last_published_at or timezone.now()
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-edition-{edition.pk}@{request.get_host().split(':')[0]}",
        f"DTSTAMP:{utc_stamp(stamp)}",
        f"DTSTART;VALUE=DATE:{edition.start_date:%Y%m%d}",
        # DTEND of an all-day event is the day after it ends (RFC 5545 3.6.1).
        f"DTEND;VALUE=DATE:{edition.end_date + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(series.title)}",
        f"LOCATION:{escape_text(edition.venue)}",
        f"URL:{url}",
    ]
    description = series.summary
    if edition.link:
        description = f"{description}\n{edition.link}".strip()
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines.append("END:VEVENT")
    return lines


def calendar_response(request, name, editions, filename):
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Astrakhan Region//International cooperation portal//{current_language().upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for edition in editions:
        lines.extend(edition_lines(request, edition))
    lines.append("END:VCALENDAR")
    body = "".join(fold(line) + "\r\n" for line in lines)
    response = HttpResponse(body.encode("utf-8"), content_type="text/calendar; charset=utf-8")
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
