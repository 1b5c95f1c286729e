"""A visitor adds the region's events to their calendar app."""

import datetime

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from events.models import EventIndexPage, EventSeriesPage
from tests.support.pages import add_edition, bilingual

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def all_series(content):
    return list(EventSeriesPage.objects.live().order_by("path"))


@pytest.fixture
def series(all_series):
    return all_series[0]


def read_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    raw = response.content
    # RFC 5545: CRLF line ends, no line longer than 75 octets.
    assert raw.endswith(b"\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    return calendar


def test_the_events_calendar_has_every_upcoming_edition_in_the_visitors_language(client, all_series):
    first, second = all_series[0], all_series[1]
    add_edition(first, days(-40), days(-38))  # over: not listed
    running = add_edition(first, days(-1), days(1), ("Кремль", "The Kremlin"))
    later = add_edition(
        second, days(30), days(32), ("Морской вокзал", "The sea terminal"), "https://example.org/"
    )

    calendar = read_calendar(client, "/en/feeds/events.ics")
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [first.title_en, second.title_en]
    assert [e["DTSTART"].dt for e in events] == [running.start_date, later.start_date]
    # All-day events end on the day after their last day.
    assert [e["DTEND"].dt for e in events] == [days(2), days(33)]
    assert [str(e["LOCATION"]) for e in events] == ["The Kremlin", "The sea terminal"]
    with translation.override("en"):
        assert str(events[0]["URL"]) == f"http://testserver{first.get_url()}"
    assert "https://example.org/" in str(events[1]["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == 2

    ru = read_calendar(client, "/feeds/events.ics").walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in ru] == [first.title_ru, second.title_ru]
    assert [str(e["LOCATION"]) for e in ru] == ["Кремль", "Морской вокзал"]
    assert [str(e["UID"]) for e in ru] == [str(e["UID"]) for e in events]


def test_a_series_calendar_has_all_its_editions_past_and_upcoming(client, all_series):
    series, other = all_series[0], all_series[1]
    past = add_edition(series, days(-400), days(-398))
    upcoming = add_edition(series, days(100), days(101))
    add_edition(other, days(50), days(51))
    calendar = read_calendar(client, f"/feeds/events/{series.pk}.ics")
    assert str(calendar["X-WR-CALNAME"]) == series.title_ru
    assert [e["DTSTART"].dt for e in calendar.walk("VEVENT")] == [past.start_date, upcoming.start_date]


def test_commas_semicolons_and_long_texts_survive_the_trip(client, series):
    venue = "Зал 1, корпус 2; вход со двора \\ " + "очень длинное название места " * 5
    add_edition(series, days(3), days(3), (venue.strip(), "Hall 1"))
    event = read_calendar(client, f"/feeds/events/{series.pk}.ics").walk("VEVENT")[0]
    assert str(event["LOCATION"]) == venue.strip()


def test_an_unknown_or_unpublished_series_has_no_calendar(client, series):
    index = EventIndexPage.objects.get()
    assert client.get("/feeds/events/999999.ics").status_code == 404
    assert client.get(f"/en/feeds/events/{index.pk}.ics").status_code == 404
    assert client.get("/feeds/events/abc.ics").status_code == 404
    series.unpublish()
    assert client.get(f"/feeds/events/{series.pk}.ics").status_code == 404
    add_edition(series, days(1), days(2))
    assert read_calendar(client, "/feeds/events.ics").walk("VEVENT") == []


def test_event_pages_link_to_their_calendars(client, series):
    index = EventIndexPage.objects.get()
    with translation.override("en"):
        index_url, series_url = index.get_url(), series.get_url()
    assert 'href="/en/feeds/events.ics"' in client.get(index_url).content.decode()
    assert f'href="/en/feeds/events/{series.pk}.ics"' in client.get(series_url).content.decode()


def test_the_calendar_costs_the_same_queries_for_one_edition_or_eight(client, all_series):
    def queries(expected):
        with CaptureQueriesContext(connection) as captured:
            assert len(read_calendar(client, "/feeds/events.ics").walk("VEVENT")) == expected
        return len(captured)

    add_edition(all_series[0], days(5), days(6))
    queries(1)  # warms Wagtail's cached site root paths, as any earlier request would
    one = queries(1)
    for n, series in enumerate(all_series * 2):
        add_edition(series, days(10 + n), days(11 + n))
    assert queries(1 + 2 * len(all_series)) == one


def test_a_series_without_a_translation_has_a_calendar_in_russian_text(client, content):
    index = EventIndexPage.objects.get()
    series = bilingual(EventSeriesPage(), ("Фестиваль без перевода", ""))
    index.add_child(instance=series)
    series.save_revision().publish()
    add_edition(series, days(7), days(8))
    events = read_calendar(client, f"/en/feeds/events/{series.pk}.ics").walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Фестиваль без перевода"]


@pytest.mark.parametrize("series_id", ["99999999999999999999999", "2147483648", "0", "-1", "1.5", "%01"])
def test_a_malformed_series_number_gives_a_404(client, content, series_id):
    assert client.get(f"/feeds/events/{series_id}.ics").status_code == 404


def test_a_nul_byte_in_the_calendar_address_is_refused(client, content):
    assert client.get("/feeds/events/%00.ics").status_code == 400
