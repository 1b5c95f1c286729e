"""The factories make pages a visitor can open in both languages, as an editor's pages are."""

import pytest
from django.utils import translation

from tests.support.factories import (
    AgreementFactory,
    CooperationSphereFactory,
    CountryPageFactory,
    EventEditionFactory,
    EventSeriesPageFactory,
    MonumentPageFactory,
    NewsPageFactory,
    OfficeFactory,
    ProjectPageFactory,
    StandardPageFactory,
    UniversityPageFactory,
    site_home,
)

pytestmark = pytest.mark.django_db


def addresses(page):
    urls = {}
    for language in ("ru", "en"):
        with translation.override(language):
            urls[language] = page.get_url()
    return urls


@pytest.mark.parametrize(
    "factory",
    [
        StandardPageFactory,
        NewsPageFactory,
        CountryPageFactory,
        ProjectPageFactory,
        MonumentPageFactory,
        UniversityPageFactory,
        EventSeriesPageFactory,
    ],
)
def test_a_page_made_by_a_factory_is_published_in_russian_and_english(client, factory):
    page = factory(
        title_ru="Каспийский диалог", title_en="Caspian dialogue", text_ru="Текст.", text_en="Text."
    )

    urls = addresses(page)
    assert urls["ru"] != urls["en"] and urls["en"].startswith("/en/")
    russian = client.get(urls["ru"])
    english = client.get(urls["en"])
    assert russian.status_code == english.status_code == 200
    assert "Каспийский диалог" in russian.content.decode() and "Текст." in russian.content.decode()
    assert "Caspian dialogue" in english.content.decode() and "Text." in english.content.decode()
    assert page.live and page.live_revision is not None


def test_a_page_without_english_shows_the_russian_text_under_its_russian_slug(client):
    page = StandardPageFactory(title_ru="Только по-русски", title_en="", text_ru="Русский текст.")

    assert page.slug_en is None
    english = client.get(addresses(page)["en"])
    assert english.status_code == 200
    assert "Русский текст." in english.content.decode()


def test_a_news_item_about_a_country_appears_on_the_country_page(client):
    country = CountryPageFactory(title_ru="Страна-партнёр", title_en="Partner country")
    NewsPageFactory(title_ru="Визит делегации", title_en="A delegation's visit", countries=[country])

    assert "Визит делегации" in client.get(addresses(country)["ru"]).content.decode()


def test_what_points_at_a_country_appears_on_the_country_page_in_both_languages(client):
    country = CountryPageFactory(title_ru="Страна-партнёр", title_en="Partner country")
    MonumentPageFactory(title_ru="Памятник дружбы", title_en="Friendship monument", donor_country=country)
    EventSeriesPageFactory(title_ru="Форум партнёров", title_en="Partners' forum", countries=[country])
    OfficeFactory(country=country, name_ru="Генконсульство", name_en="Consulate general")
    AgreementFactory(country=country, subject_ru="Торговое соглашение", subject_en="Trade agreement")

    urls = addresses(country)
    russian = client.get(urls["ru"]).content.decode()
    english = client.get(urls["en"]).content.decode()
    for text in ["Памятник дружбы", "Форум партнёров", "Генконсульство", "Торговое соглашение"]:
        assert text in russian
    for text in ["Friendship monument", "Partners&#x27; forum", "Consulate general", "Trade agreement"]:
        assert text in english


def test_a_project_is_found_by_its_sphere_of_cooperation(client):
    sphere = CooperationSphereFactory(slug="fabrika", name_ru="Фабричная сфера", name_en="Factory sphere")
    project = ProjectPageFactory(title_ru="Проект по сфере", title_en="A sphere's project", spheres=[sphere])

    listing = client.get(project.get_parent().specific.get_url() + "?sphere=fabrika")

    assert listing.status_code == 200
    assert "Проект по сфере" in listing.content.decode()


def test_an_event_series_lists_its_editions(client):
    edition = EventEditionFactory(venue_ru="Каспийский порт", venue_en="Caspian port")

    english = client.get(addresses(edition.series)["en"])

    assert "Caspian port" in english.content.decode()


def test_the_factories_use_the_home_page_of_the_site_when_there_is_one():
    home = site_home()

    assert NewsPageFactory().get_parent().get_parent().pk == home.pk
    assert site_home().pk == home.pk
