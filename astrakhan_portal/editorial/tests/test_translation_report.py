"""Editors find the published pages still missing a language under Reports."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsIndexPage
from tests.support.pages import make_news

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/missing-translations/"


def report_rows(client):
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    return html, re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.S)


def row_for(rows, title):
    matches = [row for row in rows if title in row]
    assert len(matches) == 1, title
    return " ".join(matches[0].split())


def test_the_report_lists_pages_missing_a_language_with_links_to_edit_them(editor):
    index = NewsIndexPage.objects.get()
    only_russian = make_news(
        index,
        title=("Только по-русски", ""),
        summary=("Кратко.", ""),
        body=("Текст.", ""),
    )
    no_english_body = make_news(
        index,
        title=("Без английского текста", "No English body"),
        summary=("Кратко.", "In short."),
        body=("Текст.", ""),
    )
    translated = make_news(index, title=("Переведено", "Translated"), body=("Текст.", "Text."))

    html, rows = report_rows(editor)
    assert "Недостающие переводы" in html  # the admin speaks Russian by default
    first = row_for(rows, "Только по-русски")
    assert f'href="/admin/pages/{only_russian.pk}/edit/"' in first
    assert (
        "<td > заголовок, краткое описание, текст </td> <td > </td>" in first
    )  # English: all; Russian: none
    second = row_for(rows, "Без английского текста")
    assert f'href="/admin/pages/{no_english_body.pk}/edit/"' in second
    assert "<td > текст </td>" in second
    assert "Переведено" not in html
    assert translated.title_en == "Translated"

    # A page lacking Russian text shows up too.
    english_first = make_news(index, title=("Сначала по-английски", "English first"), body=("", "Text."))
    _, rows = report_rows(editor)
    assert f'href="/admin/pages/{english_first.pk}/edit/"' in row_for(rows, "Сначала по-английски")


def test_the_report_is_in_the_reports_menu(editor):
    html = editor.get("/admin/").content.decode()
    assert "missing-translations" in html
    assert REPORT in html


def test_a_visitor_or_a_user_without_page_rights_cannot_open_it(client, django_user_model):
    assert client.get(REPORT).status_code == 302  # to the login form
    user = django_user_model.objects.create_user("nobody", password="pw-nobody-123")
    client.force_login(user)
    assert client.get(REPORT).status_code in (302, 403)


def test_the_report_takes_the_same_number_of_queries_for_more_pages(editor):
    index = NewsIndexPage.objects.get()
    make_news(index, title=("Первая", ""), body=("Текст.", ""))
    editor.get(REPORT)  # warm the caches shared by every request
    with CaptureQueriesContext(connection) as one:
        editor.get(REPORT)
    for n in range(5):
        make_news(index, title=(f"Ещё одна {n}", ""), body=("Текст.", ""))
    with CaptureQueriesContext(connection) as six:
        html = editor.get(REPORT).content.decode()
    assert html.count("Ещё одна") == 5
    assert len(six) == len(one), [q["sql"][:120] for q in six.captured_queries]


def test_the_report_builds_no_page_object_per_page(editor):
    """With years of news the report reads columns, not pages (issue 11: <= 500 ms at 10,000)."""
    from django.core.management import call_command
    from django.db.models.signals import post_init

    def built():
        count = [0]

        def seen(**kwargs):
            count[0] += 1

        post_init.connect(seen, weak=False)
        try:
            assert editor.get(REPORT).status_code == 200
        finally:
            post_init.disconnect(seen)
        return count[0]

    call_command("generate_bench_content", news=3, projects=0, images=0, verbosity=0)
    editor.get(REPORT)
    few = built()
    call_command("generate_bench_content", news=60, projects=0, images=0, verbosity=0)
    many = built()
    assert many == few, f"{few} model instances built with 3 news items, {many} with 63"


def test_whitespace_is_no_translation_and_the_database_judges_it_as_python_does(editor):
    """A summary of spaces, tabs, a newline and non-breaking spaces counts as empty (as
    str.strip() has it) on SQLite and PostgreSQL alike; one visible character counts."""
    from astrakhan_portal.editorial.reports import WHITESPACE

    index = NewsIndexPage.objects.get()
    assert "\u00a0" in WHITESPACE and "\u2003" in WHITESPACE and "\t" in WHITESPACE
    blank_summary = make_news(
        index,
        title=("Пустое описание", "Blank summary"),
        summary=("Кратко.", " \t\n\u00a0\u2003 "),
        body=("", ""),
    )
    one_letter = make_news(index, title=("Одна буква", "One letter"), summary=("Кратко.", "\u00a0x\u00a0"))
    blank_title = make_news(index, title=("Пустой заголовок", "\u00a0 "), summary=("", ""))
    _, rows = report_rows(editor)
    assert "<td > краткое описание </td> <td > </td>" in row_for(rows, "Пустое описание")
    assert "<td > заголовок </td> <td > </td>" in row_for(rows, "Пустой заголовок")
    assert not [row for row in rows if "Одна буква" in row]
    assert blank_summary.live and one_letter.live and blank_title.live
