"""Russian texts get non-breaking spaces and dashes; English dates read "2 December 2026";
a text in another language than the page's says so with its lang attribute."""

import datetime

import pytest

from astrakhan_portal.core.testing import make_news
from astrakhan_portal.core.typography import NBSP, typeset_html, typeset_text
from news.models import NewsIndexPage

N = NBSP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 000+ студентов", f"5{N}000+{N}студентов"),
        ("более 12 500 000 тонн", f"более 12{N}500{N}000{N}тонн"),
        ("школа №11", f"школа №{N}11"),
        ("школа № 11", f"школа №{N}11"),
        ("с 1996 года", f"с{N}1996{N}года"),
        ("в 2026 г.", f"в{N}2026{N}г."),
        ("Астара — Баку — Астрахань", f"Астара{N}— Баку{N}— Астрахань"),
        ("Астара - Баку – Астрахань", f"Астара{N}— Баку{N}— Астрахань"),
        ("мост в честь дружбы и сотрудничества", f"мост в{N}честь дружбы и{N}сотрудничества"),
        ("А также к нам", f"А{N}также к{N}нам"),
        # Hyphenated words and ranges stay as they are.
        ("торгово-экономический, 2020-2021", "торгово-экономический, 2020-2021"),
    ],
)
def test_the_russian_rules(text, expected):
    assert typeset_text(text) == expected


def test_markup_is_left_alone():
    html = '<p class="a b">в Астрахани <a href="/a b/" title="в доме">5 000 лет</a></p><script>var a = 1 - 2;</script>'
    assert typeset_html(html) == (
        f'<p class="a b">в{N}Астрахани <a href="/a b/" title="в доме">5{N}000{N}лет</a></p>'
        "<script>var a = 1 - 2;</script>"
    )


db = pytest.mark.django_db


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def main(html):
    return html.split("<main", 1)[1].split("</main>")[0]


@db
def test_russian_pages_are_typeset_and_english_ones_are_not(client, content):
    home = page_text(client, "/")
    assert f"5{N}000+" in home and "5 000+" not in home
    assert f"Астраханская область поддерживает сотрудничество с{N}правительствами" in home
    school = main(page_text(client, "/proekty/shkola-11/"))
    assert f"<h1>Реконструкция муниципальной школы №{N}11</h1>" in school and "№ 11" not in school
    universities = page_text(client, "/universitety/")
    assert f"с{N}1996{N}года" in universities
    railway = page_text(client, "/proekty/zheleznaya-doroga-astara-baku-astrahan/")
    assert f"<h1>Железнодорожная линия Астара{N}— Баку{N}— Астрахань</h1>" in railway
    english = page_text(client, "/en/")
    assert "5,000+" in english and N not in main(english)


@db
def test_dates_read_day_month_year_in_both_languages(client, content):
    make_news(NewsIndexPage.objects.get(), title=("Новость", "A news item"), date=datetime.date(2026, 12, 2))
    assert ">2 December 2026</time>" in page_text(client, "/en/news/")
    assert f">2{N}декабря 2026{N}г.</time>" in page_text(client, "/novosti/")


@db
def test_a_russian_only_item_on_an_english_list_says_it_is_russian(client, content):
    index = NewsIndexPage.objects.get()
    make_news(index, title=("Только по-русски", ""), summary=("Краткое описание", ""))
    make_news(index, title=("Новость", "Bilingual item"), summary=("Кратко", "In brief"))
    html = page_text(client, "/en/news/")
    assert '<h3 class="card__title" lang="ru"><a' in html
    assert '<p class="card__summary" lang="ru">Краткое описание</p>' in html
    assert html.count('lang="ru"><a class="card__link"') == 1  # the bilingual item is not marked
    assert 'lang="ru"><a class="card__link"' not in page_text(client, "/novosti/")


@db
def test_a_summary_not_yet_translated_is_marked_russian_and_typeset(client, content):
    """An item with an English title but only a Russian summary: the summary is Russian, and says so."""
    index = NewsIndexPage.objects.get()
    item = make_news(index, title=("Новость", "News in English"), summary=("Итоги встречи в Баку", ""))
    listing = page_text(client, "/en/news/")
    assert f'<p class="card__summary" lang="ru">Итоги встречи в{N}Баку</p>' in listing
    assert '<h3 class="card__title"><a' in listing
    page = page_text(client, _en_url(item))
    assert f'<p class="page-header__summary" lang="ru">Итоги встречи в{N}Баку</p>' in page


def _en_url(page):
    from django.utils import translation

    with translation.override("en"):
        return page.get_url()


def test_a_body_renders_outside_a_page_as_search_and_the_admin_render_it():
    from astrakhan_portal.core.blocks import BodyBlock

    body = BodyBlock().to_python(
        [
            {"type": "paragraph", "value": "<p>Мост через Каспий в 2026 г.</p>"},
            {"type": "heading", "value": {"text": "Итоги года", "level": "h2"}},
        ]
    )
    html = str(body)
    assert "2026\u00a0г." in html
    assert "Итоги года" in html
