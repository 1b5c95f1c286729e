"""Russian texts get non-breaking spaces and dashes; English dates read "2 December 2026";
a text in another language than the page's says so with its lang attribute."""

import datetime
import random
import re

import pytest

from astrakhan_portal.core.typography import NBSP, typeset_html, typeset_text
from news.models import NewsIndexPage
from tests.support.pages import make_news

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


# The rules as they read most plainly (each matches what precedes the space too, and puts
# it back): the module's patterns start with the space instead, which is several times
# faster and harder to read. Both must give the same text.
PLAIN_RULES = [
    (r"(?<![\d,.])(\d{1,3})[ \u00a0](?=\d{3}(?!\d))", r"\1" + N),
    (r"([№§])[ \u00a0]?(?=\d)", r"\1" + N),
    (r"(\d[+%]?) (?=[A-Za-zА-Яа-яЁё%‰°₽$€])", r"\1" + N),
    (r"(?<=\S) [-–—](?= )", N + "—"),
    (r"(?<![\wА-Яа-яЁё\-])([вксуояиаВКСУОЯИА]) (?=\S)", r"\1" + N),
]


def test_the_rules_give_what_their_plain_reading_gives_on_random_texts():
    pieces = [*"0123456789 ,.+%№§-–—вксуояиаВКСУОЯИАxzЁё\u00a0‰°₽$€_\n", "2026 г.", "5 000", " - ", "1,5 "]
    generator = random.Random(11)
    for _ in range(30_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 16)))
        plain = text
        for pattern, replacement in PLAIN_RULES:
            plain = re.sub(pattern, replacement, plain)
        assert typeset_text(text) == plain, text


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


def head(html):
    return html.split("<head>", 1)[1].split("</head>")[0]


@db
def test_the_window_title_and_link_previews_of_a_russian_page_are_typeset(client, content):
    """A visitor sharing the school's page sees "№ 11" kept together in the tab and in the preview,
    written as the character itself (an entity in an attribute would show as "&nbsp;")."""
    html = head(page_text(client, "/proekty/shkola-11/"))
    assert f"<title>Реконструкция муниципальной школы №{N}11{N}— Астраханская область" in html
    assert f'<meta property="og:title" content="Реконструкция муниципальной школы №{N}11">' in html
    assert f'<meta name="twitter:title" content="Реконструкция муниципальной школы №{N}11">' in html
    assert "&nbsp;" not in html and "&amp;nbsp;" not in html


@db
def test_a_russian_only_item_on_the_english_site_says_its_head_texts_are_russian(client, content):
    item = make_news(
        NewsIndexPage.objects.get(), title=("Встреча в Баку", ""), summary=("Итоги встречи в Баку", "")
    )
    russian_url = item.get_url()
    html = head(page_text(client, _en_url(item)))
    assert f"<title>Встреча в{N}Баку — Astrakhan Region: international cooperation</title>" in html
    assert f'<meta name="description" content="Итоги встречи в{N}Баку" lang="ru">' in html
    assert f'<meta property="og:title" content="Встреча в{N}Баку" lang="ru">' in html
    assert f'<meta property="og:description" content="Итоги встречи в{N}Баку" lang="ru">' in html
    # The same item on the Russian site: Russian is the page's language, nothing to mark.
    russian = head(page_text(client, russian_url))
    assert f'<meta name="description" content="Итоги встречи в{N}Баку">' in russian


def untranslate(page):
    """An editor empties the English title: the English site shows the Russian one."""
    page.title_en = ""
    page.save_revision().publish()


@db
def test_a_country_not_yet_translated_is_named_in_russian_with_its_lang_on_english_pages(client, content):
    from partners.models import CountryPage

    untranslate(CountryPage.objects.get(iso_code="IR"))
    home = page_text(client, "/en/")
    # The map's link and its label, and the map's list of countries.
    assert re.search(
        r'<a class="partner-map__country" href="[^"]+" aria-label="Иран" data-code="IR" lang="ru">', home
    )
    assert re.search(r'<li class="partner-map__item"><a href="[^"]+" lang="ru">Иран</a></li>', home)
    assert 'aria-label="Azerbaijan" data-code="AZ">' in home  # translated countries are not marked
    projects = page_text(client, "/en/projects/")
    assert '<li class="tag tag--country" lang="ru">Иран</li>' in projects
    assert '<li class="tag tag--country">Azerbaijan</li>' in projects
    assert 'lang="ru">Иран</option>' in projects  # the country filter
    assert 'tag--country" lang=' not in page_text(client, "/proekty/")


@db
def test_the_russian_news_feed_is_typeset_and_the_english_one_has_no_russian_summaries(client, content):
    make_news(
        NewsIndexPage.objects.get(),
        title=("Встреча в Баку", "Meeting in Baku"),
        summary=("Итоги встречи в Баку", ""),
        date=datetime.date(2030, 1, 1),
    )
    russian = client.get("/feeds/news.xml").content.decode()
    assert f"<title>Встреча в{N}Баку</title>" in russian
    assert f"<description>Итоги встречи в{N}Баку</description>" in russian
    english = client.get("/en/feeds/news.xml").content.decode()
    item = english.split("<title>Meeting in Baku</title>", 1)[1].split("</item>")[0]
    assert "Итоги" not in item
