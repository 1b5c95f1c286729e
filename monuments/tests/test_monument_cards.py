"""The monument list's cards are rows, not page objects (issue 11), and still show each
monument's title, address and donor country in the visitor's language, or in Russian,
marked so, where a text is not translated."""

import pytest

from monuments.models import MonumentIndexPage
from tests.support.cards import address, all_rows, card_of, card_title, objects_built
from tests.support.factories import CountryPageFactory, MonumentPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("ru", "en")


@pytest.fixture
def monuments():
    """A translated monument donated by a country not translated, a Russian-only one with
    no donor."""
    donor = CountryPageFactory(title_ru="Оман", title_en="", slug_en=None, publish=False)
    both = MonumentPageFactory(title_ru="Стела", title_en="Stele", donor_country=donor, publish=False)
    russian = MonumentPageFactory(title_ru="Бюст", title_en="", slug_en=None, publish=False)
    return both, russian


def list_url(language):
    return address(MonumentIndexPage.objects.get(), language)


def test_cards_show_titles_links_and_donors_in_both_languages(client, monuments):
    both, russian = monuments
    html = client.get(list_url("ru")).content.decode()
    assert card_title(html, both, "ru") == ("", "Стела")
    assert "Страна-даритель: <span>Оман</span>" in card_of(html, both, "ru")
    assert card_title(html, russian, "ru") == ("", "Бюст")
    assert "card__meta" not in card_of(html, russian, "ru")

    response = client.get(list_url("en"))
    html = response.content.decode()
    assert all_rows(response.context["monuments"])
    assert card_title(html, both, "en") == ("", "Stele")
    assert 'Donor country: <span lang="ru">Оман</span>' in card_of(html, both, "en")
    assert card_title(html, russian, "en") == ("ru", "Бюст")


def test_more_monuments_build_no_more_objects(client, monuments):
    donor = monuments[0].donor_country
    few = {language: objects_built(client, list_url(language)) for language in LANGUAGES}
    for _n in range(3):
        MonumentPageFactory(donor_country=donor, publish=False)
    assert {language: objects_built(client, list_url(language)) for language in LANGUAGES} == few
