"""Structured data (schema.org JSON-LD) for search engines, in the page's language.

- the home page: the regional government as a ``GovernmentOrganization``;
- a news item: a ``NewsArticle``;
- an event series page: one ``Event`` per upcoming edition (the event list
  page: every upcoming edition);
- a monument: a ``Place``.
"""

import json

from django.utils import translation
from django.utils.translation import gettext as _

from astrakhan_portal.core.page_urls import url_in
from astrakhan_portal.core.sections import site_root_for

from .languages import absolute

SCHEMA = "https://schema.org"
# Google shows at most this many characters of a headline.
MAX_HEADLINE = 110

# Characters that must not appear raw inside <script> (as Django's json_script).
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def to_script(data):
    """One <script type="application/ld+json"> block, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False, indent=None).translate(_SCRIPT_ESCAPES)
    return f'<script type="application/ld+json">{text}</script>'


def page_url(request, page):
    return absolute(request, url_in(request, page, translation.get_language()))


def organization(request):
    """The Government of Astrakhan Region, as it publishes this site."""
    home = site_root_for(request)
    url = page_url(request, home) if home is not None else absolute(request, "/")
    return {
        "@type": "GovernmentOrganization",
        "@id": f"{url}#organization",
        "name": _("Government of Astrakhan Region"),
        "url": url,
    }


def home_page(request, page, context):
    data = {"@context": SCHEMA, **organization(request)}
    data["areaServed"] = {"@type": "AdministrativeArea", "name": _("Astrakhan Region")}
    if page.summary:
        data["description"] = page.summary
    return [data]


def news_page(request, page, context):
    url = page_url(request, page)
    publisher = organization(request)
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "headline": page.title[:MAX_HEADLINE],
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": page.content_language,
        "datePublished": page.date.isoformat(),
        "author": publisher,
        "publisher": publisher,
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.summary:
        data["description"] = page.summary
    image = context.get("image")
    if image:
        data["image"] = [image["url"]]
    return [data]


def edition_event(request, edition, series_url, language):
    """One edition of an event series as a schema.org Event."""
    series = edition.series
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": series.title,
        "startDate": edition.start_date.isoformat(),
        "endDate": edition.end_date.isoformat(),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": edition.venue, "address": edition.venue},
        "url": series_url,
        "inLanguage": language,
    }
    if series.summary:
        data["description"] = series.summary
    if edition.link:
        data["sameAs"] = edition.link
    return data


def event_series_page(request, page, context):
    editions = context.get("upcoming_editions")
    if editions is None:
        from events.models import EventEdition

        editions = EventEdition.upcoming().filter(series=page)
    url = page_url(request, page)
    return [edition_event(request, edition, url, page.content_language) for edition in editions]


def event_index_page(request, page, context):
    editions = context.get("upcoming_editions")
    if editions is None:
        return []
    return [
        edition_event(request, edition, page_url(request, edition.series), edition.series.content_language)
        for edition in editions
    ]


def monument_page(request, page, context):
    data = {
        "@context": SCHEMA,
        "@type": "Place",
        "name": page.title,
        "url": page_url(request, page),
    }
    if page.summary:
        data["description"] = page.summary
    if page.location:
        data["address"] = page.location
    image = context.get("image")
    if image:
        data["image"] = image["url"]
    return [data]


BUILDERS = {
    "HomePage": home_page,
    "NewsPage": news_page,
    "EventSeriesPage": event_series_page,
    "EventIndexPage": event_index_page,
    "MonumentPage": monument_page,
}


def for_page(request, page, context, image=None):
    """The JSON-LD objects describing ``page``; [] for pages without a type of their own."""
    builder = BUILDERS.get(type(page).__name__)
    if builder is None:
        return []
    return builder(request, page, {"upcoming_editions": context.get("upcoming_editions"), "image": image})
