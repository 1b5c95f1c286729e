"""The event list's dates and series cards are rows, not page or edition objects (issue 11),
and still show each edition's dates, venue and series, and each series' card, in the
visitor's language, or in Russian, marked so, where a text is not translated."""

import datetime

import pytest
from django.utils import timezone

from events.models import EventIndexPage
from tests.support.cards import address, all_rows, card_title, objects_built
from tests.support.factories import EventEditionFactory, EventSeriesPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("ru", "en")


def soon(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def series():
    """A translated series with an edition whose venue is not translated; a Russian-only
    series with a one-day edition that has a website."""
    both = EventSeriesPageFactory(title_ru="Ярмарка", title_en="Fair", publish=False)
    EventEditionFactory(series=both, start_date=soon(10), end_date=soon(12), venue_ru="Кремль", venue_en="")
    russian = EventSeriesPageFactory(title_ru="Регата", title_en="", slug_en=None, publish=False)
    EventEditionFactory(
        series=russian, start_date=soon(20), end_date=soon(20), link="https://example.org/regata"
    )
    return both, russian


def list_url(language):
    return address(EventIndexPage.objects.get(), language)


def edition_title(html, series, language):
    """(the ``lang`` attribute, the text) of the upcoming edition's series link."""
    url = address(series, language)
    start = html.index(f'<a href="{url}">')
    head = html[html.rindex("<p", 0, start) : start]
    return ("ru" if 'lang="ru"' in head else ""), html[start:].split(">", 1)[1].split("<", 1)[0]


def test_dates_and_cards_in_both_languages(client, series):
    both, russian = series
    html = client.get(list_url("ru")).content.decode()
    assert edition_title(html, both, "ru") == ("", "Ярмарка")
    assert card_title(html, both, "ru") == ("", "Ярмарка")
    assert card_title(html, russian, "ru") == ("", "Регата")
    assert f'<time datetime="{soon(10):%Y-%m-%d}">' in html
    assert "<span>Кремль</span>" in html

    response = client.get(list_url("en"))
    html = response.content.decode()
    editions = response.context["upcoming_editions"]
    assert all_rows(editions) and all_rows(edition.series for edition in editions)
    assert all_rows(response.context["series_list"])
    assert edition_title(html, both, "en") == ("", "Fair")
    assert edition_title(html, russian, "en") == ("ru", "Регата")
    assert '<span lang="ru">Кремль</span>' in html
    assert (
        '<span>Astrakhan</span> · <a href="https://example.org/regata" rel="noopener">event website</a>'
        in html
    )
    assert f'<time datetime="{soon(20):%Y-%m-%d}">' in html
    assert card_title(html, both, "en") == ("", "Fair")
    assert card_title(html, russian, "en") == ("ru", "Регата")


def test_more_series_and_dates_build_no_more_objects(client, series):
    few = {language: objects_built(client, list_url(language)) for language in LANGUAGES}
    for n in range(3):
        EventEditionFactory(series=EventSeriesPageFactory(publish=False), start_date=soon(30 + n))
        EventEditionFactory(series=series[0], start_date=soon(40 + n))
    assert {language: objects_built(client, list_url(language)) for language in LANGUAGES} == few
