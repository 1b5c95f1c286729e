"""The filters a card is rendered with give what Django's own filters gave, only cheaper.

``local_date``/``iso_date`` replace ``{{ date }}``/``date:'Y-m-d'``, ``typeset_summary``
replaces ``truncatewords:40|typeset`` and ``typeset_field`` the pair of ``shown_language``
and ``typeset``; a row read for a language answers the filters without asking Django
for the active language again.
"""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from astrakhan_portal.core.rows import PageRow
from astrakhan_portal.core.templatetags.local_dates import iso_date, local_date
from astrakhan_portal.core.templatetags.typography import (
    lang_if_other,
    shown_language,
    typeset,
    typeset_field,
    typeset_summary,
)
from astrakhan_portal.core.typography import NBSP


def django_render(source, **context):
    return Template("{% load typography %}" + source).render(Context(context))


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_day_of_a_leap_year_reads_as_django_shows_it(language):
    day = datetime.date(2028, 1, 1)
    with translation.override(language):
        while day.year == 2028:
            assert local_date(day) == django_render("{{ day }}", day=day)
            assert iso_date(day) == django_render("{{ day|date:'Y-m-d' }}", day=day)
            day += datetime.timedelta(days=1)


@pytest.mark.parametrize("language", ["ml", "lt"])
def test_a_format_with_codes_of_its_own_reads_as_django_shows_it(language):
    # Malayalam's "N j, Y" has a code local_date leaves to Django's DateFormat; Lithuanian's
    # escaped letters (r"Y \m. E j \d.") are text.
    with translation.override(language):
        for day in (datetime.date(2026, 1, 5), datetime.date(2026, 9, 25), datetime.date(2026, 12, 31)):
            assert local_date(day) == django_render("{{ day }}", day=day)


def test_dates_far_back_and_no_date():
    old = datetime.date(999, 3, 1)
    with translation.override("ru"):
        assert local_date(old) == django_render("{{ day }}", day=old)
        assert iso_date(old) == "0999-03-01"
        assert local_date(None) == iso_date(None) == ""
        # A date and time is left to Django (time zone and all).
        moment = datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)
        assert local_date(moment) == django_render("{{ moment }}", moment=moment)
        assert iso_date(moment) == django_render("{{ moment|date:'Y-m-d' }}", moment=moment)


LONG = " ".join(f"слово{n} в Астрахани" for n in range(30))  # 90 words


@pytest.mark.parametrize(
    "summary",
    [
        "Итоги встречи в Баку — 2026 г.",
        "Две строки:\nвторая  с двумя пробелами",
        LONG,
        " ".join(["слово"] * 40),
        " ".join(["слово"] * 41),
        "<b>не разметка</b> & амперсанд",
    ],
)
@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_card_summary_is_what_truncatewords_and_typeset_gave(summary, language):
    with translation.override(language):
        row = PageRow(
            {"id": 1, "summary_ru": summary, "summary_en": "", "title_ru": "Т", "title_en": ""},
            "/x/",
            language,
        )
        shown = shown_language(row, "summary")
        expected = django_render("{{ text|truncatewords:40|typeset:shown }}", text=row.summary, shown=shown)
        assert django_render("{{ row|typeset_summary }}", row=row) == expected
    assert shown == "ru"  # untranslated: the Russian text, typeset
    assert "<b>" not in expected  # escaped, as before


def test_a_long_summary_is_cut_at_forty_words_with_an_ellipsis():
    with translation.override("en"):
        row = PageRow({"id": 1, "summary_ru": "", "summary_en": LONG.replace("в ", "in ")}, None, "en")
        text = typeset_summary(row)
    assert text.endswith(" …") and len(text.split()) == 41


def test_a_title_is_typeset_in_the_language_it_is_shown_in():
    with translation.override("en"):
        russian_only = PageRow({"id": 1, "title_ru": "Школа №11", "title_en": ""}, None, "en")
        english = PageRow({"id": 2, "title_ru": "Школа №11", "title_en": "School No. 11"}, None, "en")
        assert typeset_field(russian_only, "title") == typeset("Школа №11", "ru") == f"Школа №{NBSP}11"
        assert lang_if_other(russian_only, "title") == ' lang="ru"'
        assert typeset_field(english, "title") == "School No. 11" and lang_if_other(english, "title") == ""


def test_a_row_answers_in_the_language_it_was_read_for_without_asking_django(monkeypatch):
    row = PageRow({"id": 1, "title_ru": "Новость", "title_en": "News"}, "/en/news/x/", "en")
    # Whatever Django's active language is now, the row read for English shows English.
    with translation.override("ru"):
        calls = []
        monkeypatch.setattr(translation, "get_language", lambda: calls.append(1) or "ru")
        assert row.title == "News" and row.content_language == "en"
        assert shown_language(row, "title") == "en" and lang_if_other(row, "title") == ""
        assert typeset_field(row, "title") == "News"
        assert calls == []


def test_a_row_shown_many_times_is_typeset_once_and_a_page_object_is_left_alone(monkeypatch):
    from astrakhan_portal.core.templatetags import typography

    calls = []
    real = typography.typeset
    monkeypatch.setattr(typography, "typeset", lambda *args: calls.append(args) or real(*args))
    with translation.override("en"):
        country = PageRow({"id": 7, "title_ru": "Республика Казахстан", "title_en": ""}, "/en/k/", "en")
        shown = {typeset_field(country, "title") for _ in range(5)}
        assert shown == {"Республика Казахстан"} and len(calls) == 1
        assert {lang_if_other(country, "title") for _ in range(3)} == {' lang="ru"'}

        class Page:
            title = "Page"
            title_en = "Page"
            title_ru = "Страница"

        page = Page()
        assert typeset_field(page, "title") == "Page" and not hasattr(page, "_shown")
