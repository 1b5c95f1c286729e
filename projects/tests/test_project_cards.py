"""The project list's cards are rows, not page objects (issue 11), and still show each
project's title, address, countries and spheres in the visitor's language, or in Russian,
marked so, where a text is not translated."""

import pytest

from projects.models import ProjectIndexPage
from tests.support.cards import address, all_rows, card_of, card_title, objects_built
from tests.support.factories import CooperationSphereFactory, CountryPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    """Two projects of a new country: one translated (two countries, two spheres, one of
    each untranslated), one in Russian only."""
    country = CountryPageFactory(title_ru="Кувейт", title_en="Kuwait", publish=False)
    russian_country = CountryPageFactory(title_ru="Оман", title_en="", slug_en=None, publish=False)
    sphere = CooperationSphereFactory(name_ru="Наука", name_en="Science")
    russian_sphere = CooperationSphereFactory(name_ru="Спорт", name_en="")
    both = ProjectPageFactory(
        title_ru="Мост",
        title_en="Bridge",
        countries=[country, russian_country],
        spheres=[sphere, russian_sphere],
        publish=False,
    )
    russian = ProjectPageFactory(
        title_ru="Школа", title_en="", slug_en=None, countries=[country], spheres=[sphere], publish=False
    )
    return country, both, russian


def list_url(country, language):
    return address(ProjectIndexPage.objects.get(), language) + f"?country={country.iso_code.lower()}"


def test_cards_show_titles_links_countries_and_spheres_in_both_languages(client, projects):
    country, both, russian = projects
    html = client.get(list_url(country, "ru")).content.decode()
    assert card_title(html, both, "ru") == ("", "Мост")
    assert card_title(html, russian, "ru") == ("", "Школа")
    assert (
        '<ul class="card__tags"><li class="tag tag--country">Кувейт</li><li class="tag tag--country">Оман</li>'
        '<li class="tag">Наука</li><li class="tag">Спорт</li></ul>'
    ) in card_of(html, both, "ru")

    response = client.get(list_url(country, "en"))
    html = response.content.decode()
    assert all_rows(response.context["projects_page"])
    assert card_title(html, both, "en") == ("", "Bridge")
    assert card_title(html, russian, "en") == ("ru", "Школа")
    assert (
        '<ul class="card__tags"><li class="tag tag--country">Kuwait</li>'
        '<li class="tag tag--country" lang="ru">Оман</li>'
        '<li class="tag">Science</li><li class="tag" lang="ru">Спорт</li></ul>'
    ) in card_of(html, both, "en")
    assert (
        '<ul class="card__tags"><li class="tag tag--country">Kuwait</li><li class="tag">Science</li></ul>'
        in (card_of(html, russian, "en"))
    )


def test_more_projects_build_no_more_objects(client, projects):
    country = projects[0]
    few = {language: objects_built(client, list_url(country, language)) for language in ("ru", "en")}
    for _n in range(3):
        ProjectPageFactory(countries=[country], spheres=[CooperationSphereFactory()], publish=False)
    assert {language: objects_built(client, list_url(country, language)) for language in ("ru", "en")} == few


def test_a_country_that_is_not_live_still_tags_its_projects(client, projects):
    """A project's country taken offline is not a filter option, but its card names it, as
    the project's page does."""
    country, both, _russian = projects
    offline = CountryPageFactory(title_ru="Катар", title_en="Qatar", publish=False)
    both.countries.add(offline)
    both.save()
    offline.live = False
    offline.save()
    html = client.get(list_url(country, "en")).content.decode()
    assert '<li class="tag tag--country" lang="ru">Оман</li><li class="tag tag--country">Qatar</li>' in (
        card_of(html, both, "en")
    )
