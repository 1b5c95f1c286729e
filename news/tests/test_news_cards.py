"""The news list's cards are rows, not page objects (issue 11), and still show each item's
date, title and address in the visitor's language, or in Russian, marked so, where the item
is not translated."""

import datetime

import pytest

from news.models import NewsIndexPage
from tests.support.cards import address, all_rows, card_of, card_title, objects_built
from tests.support.factories import CountryPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news():
    """Two news items about a new country in 2024, one translated, one in Russian only."""
    country = CountryPageFactory(title_ru="Кувейт", title_en="Kuwait", publish=False)
    both = NewsPageFactory(
        title_ru="Форум",
        title_en="Forum",
        summary_ru="Открылся",
        summary_en="Opened",
        date=datetime.date(2024, 3, 2),
        countries=[country],
        publish=False,
    )
    russian = NewsPageFactory(
        title_ru="Выставка",
        title_en="",
        slug_en=None,
        summary_ru="Прошла",
        date=datetime.date(2024, 3, 1),
        countries=[country],
        publish=False,
    )
    return country, both, russian


def list_url(country, language):
    return address(NewsIndexPage.objects.get(), language) + f"?country={country.iso_code.lower()}&year=2024"


def test_cards_show_dates_titles_and_links_in_both_languages(client, news):
    country, both, russian = news
    html = client.get(list_url(country, "ru")).content.decode()
    assert card_title(html, both, "ru") == ("", "Форум")
    assert card_title(html, russian, "ru") == ("", "Выставка")
    assert '<time datetime="2024-03-02">' in card_of(html, both, "ru")

    response = client.get(list_url(country, "en"))
    html = response.content.decode()
    assert all_rows(response.context["news_page"])
    assert all_rows(response.context["filter_countries"])
    assert card_title(html, both, "en") == ("", "Forum")
    assert '<p class="card__summary">Opened</p>' in card_of(html, both, "en")
    assert card_title(html, russian, "en") == ("ru", "Выставка")
    card = card_of(html, russian, "en")
    assert '<time datetime="2024-03-01">' in card
    assert '<p class="card__summary" lang="ru">Прошла</p>' in card
    assert html.index("Forum") < html.index("Выставка")  # newest first


def test_more_news_build_no_more_objects(client, news):
    country = news[0]
    few = {language: objects_built(client, list_url(country, language)) for language in ("ru", "en")}
    for day in range(3, 6):
        NewsPageFactory(date=datetime.date(2024, 3, day), countries=[country], publish=False)
    assert {language: objects_built(client, list_url(country, language)) for language in ("ru", "en")} == few
