"""The partner country list's cards and map are rows, not page objects (issue 11), and still
show each country's title, partner regions and address in the visitor's language, or in
Russian, marked so, where a text is not translated."""

import pytest

from partners.models import CountryIndexPage, CountryPage
from tests.support.cards import address, all_rows, card_of, card_title, objects_built
from tests.support.factories import CountryPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("ru", "en")


@pytest.fixture
def countries():
    """A translated Caspian State and a CIS country in Russian only."""
    both = CountryPageFactory(
        title_ru="Кувейт",
        title_en="Kuwait",
        partner_regions_ru="Эль-Кувейт",
        partner_regions_en="Kuwait City",
        publish=False,
    )
    russian = CountryPageFactory(
        title_ru="Оман",
        title_en="",
        slug_en=None,
        partner_regions_ru="Маскат",
        group=CountryPage.CIS,
        publish=False,
    )
    return both, russian


def list_url(language):
    return address(CountryIndexPage.objects.get(), language)


def test_cards_and_map_show_countries_in_both_languages(client, countries):
    both, russian = countries
    html = client.get(list_url("ru")).content.decode()
    assert card_title(html, both, "ru") == ("", "Кувейт")
    assert '<p class="card__meta">Эль-Кувейт</p>' in card_of(html, both, "ru")
    assert card_title(html, russian, "ru") == ("", "Оман")
    assert html.index('id="caspian"') < html.index("Кувейт</a></h3>") < html.index('id="cis"')
    assert html.index('id="cis"') < html.index("Оман</a></h3>")

    response = client.get(list_url("en"))
    html = response.content.decode()
    assert all_rows(response.context["countries"])
    assert card_title(html, both, "en") == ("", "Kuwait")
    assert '<p class="card__meta">Kuwait City</p>' in card_of(html, both, "en")
    assert card_title(html, russian, "en") == ("ru", "Оман")
    assert '<p class="card__meta" lang="ru">Маскат</p>' in card_of(html, russian, "en")
    # The map's list of countries links them too.
    assert f'<li class="partner-map__item"><a href="{address(both, "en")}">Kuwait</a></li>' in html
    assert f'<li class="partner-map__item"><a href="{address(russian, "en")}" lang="ru">Оман</a></li>' in html


def test_more_countries_build_no_more_objects(client, countries):
    few = {language: objects_built(client, list_url(language)) for language in LANGUAGES}
    for _n in range(3):
        CountryPageFactory(publish=False)
    assert {language: objects_built(client, list_url(language)) for language in LANGUAGES} == few
