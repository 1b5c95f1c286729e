"""The open data sets: joint projects and event editions, in the visitor's language.

Each data set is built from the live pages in a fixed number of queries and
has stable column names (English identifiers) whatever the language of its
values, as Russian state bodies publish open data: a passport page, a
structure description and the data in CSV and JSON.
"""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

FORMATS = ("csv", "json")
LIST_SEPARATOR = "; "

RESPONSIBLE_BODY = _("Government of Astrakhan Region")
LICENCE_NAME = _("Creative Commons Attribution 4.0 International (CC BY 4.0)")
LICENCE_URLS = {
    "ru": "https://creativecommons.org/licenses/by/4.0/deed.ru",
    "en": "https://creativecommons.org/licenses/by/4.0/deed.en",
}


@dataclass(frozen=True)
class Column:
    name: str
    description: Promise


@dataclass
class Table:
    """The rows of a data set, and when the newest of them was last changed."""

    rows: list
    modified: object  # an aware datetime, or None when there are no rows


def page_url(request, page):
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""


def timestamp(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def newest(values):
    values = [v for v in values if v]
    return max(values) if values else None


class ProjectsDataset:
    slug = "projects"
    identifier = "astrakhan-region-joint-projects"
    title = _("Joint projects of Astrakhan Region and its partner countries")
    description = _(
        "The joint projects of Astrakhan Region with the Caspian States and the CIS countries, "
        "as published on this portal: partner countries, spheres of cooperation, year and location."
    )
    columns = [
        Column("id", _("Identifier of the project page on this portal")),
        Column("title", _("Name of the project")),
        Column("summary", _("Short description")),
        Column("countries", _("Partner countries, separated by semicolons")),
        Column("spheres", _("Spheres of cooperation, separated by semicolons")),
        Column("year", _("Year the project opened or started, if known")),
        Column("location", _("Location")),
        Column("url", _("Address of the project page")),
        Column("last_published_at", _("Date and time the page was last published")),
    ]

    def table(self, request):
        from projects.models import ProjectPage

        pages = list(
            ProjectPage.objects.live().public().prefetch_related("countries", "spheres").order_by("path")
        )
        rows = [
            {
                "id": page.pk,
                "title": page.title,
                "summary": page.summary,
                "countries": LIST_SEPARATOR.join(c.title for c in page.countries.all() if c.live),
                "spheres": LIST_SEPARATOR.join(s.name for s in page.spheres.all()),
                "year": page.year,
                "location": page.location,
                "url": page_url(request, page),
                "last_published_at": timestamp(page.last_published_at),
            }
            for page in pages
        ]
        return Table(rows, newest(p.last_published_at for p in pages))


class EventsDataset:
    slug = "events"
    identifier = "astrakhan-region-caspian-event-editions"
    title = _("Caspian events held in Astrakhan: editions")
    description = _(
        "The editions of the recurring Caspian events held in Astrakhan Region, as published on this "
        "portal: event, dates, venue and participating countries."
    )
    columns = [
        Column("id", _("Identifier of the edition")),
        Column("event", _("Name of the event")),
        Column("start_date", _("First day (YYYY-MM-DD)")),
        Column("end_date", _("Last day (YYYY-MM-DD)")),
        Column("venue", _("Venue")),
        Column("countries", _("Participating countries, separated by semicolons")),
        Column("website", _("The event's own website, if any")),
        Column("url", _("Address of the event page on this portal")),
        Column("last_published_at", _("Date and time the event page was last published")),
    ]

    def table(self, request):
        from events.models import EventEdition, EventSeriesPage

        editions = list(
            EventEdition.objects.filter(series__in=EventSeriesPage.objects.live().public())
            .select_related("series")
            .prefetch_related("series__countries")
            .order_by("start_date", "pk")
        )
        rows = [
            {
                "id": edition.pk,
                "event": edition.series.title,
                "start_date": edition.start_date.isoformat(),
                "end_date": edition.end_date.isoformat(),
                "venue": edition.venue,
                "countries": LIST_SEPARATOR.join(c.title for c in edition.series.countries.all() if c.live),
                "website": edition.link,
                "url": page_url(request, edition.series),
                "last_published_at": timestamp(edition.series.last_published_at),
            }
            for edition in editions
        ]
        return Table(rows, newest(e.series.last_published_at for e in editions))


DATASETS = {dataset.slug: dataset for dataset in (ProjectsDataset(), EventsDataset())}
