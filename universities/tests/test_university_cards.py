"""The university list's cards are rows, not page objects (issue 11), and still show each
university's title, summary and address in the visitor's language, or in Russian, marked
so, where it is not translated."""

import pytest

from tests.support.cards import address, all_rows, card_of, card_title, objects_built
from tests.support.factories import UniversityPageFactory
from universities.models import UniversityIndexPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("ru", "en")


def list_url(language):
    return address(UniversityIndexPage.objects.get(), language)


def test_cards_show_titles_summaries_and_links_in_both_languages(client):
    both = UniversityPageFactory(
        title_ru="Академия", title_en="Academy", summary_ru="Морская", summary_en="Maritime", publish=False
    )
    russian = UniversityPageFactory(
        title_ru="Колледж", title_en="", slug_en=None, summary_ru="Речной", publish=False
    )
    html = client.get(list_url("ru")).content.decode()
    assert card_title(html, both, "ru") == ("", "Академия")
    assert '<p class="card__summary">Морская</p>' in card_of(html, both, "ru")
    assert card_title(html, russian, "ru") == ("", "Колледж")

    response = client.get(list_url("en"))
    html = response.content.decode()
    assert all_rows(response.context["universities"])
    assert card_title(html, both, "en") == ("", "Academy")
    assert '<p class="card__summary">Maritime</p>' in card_of(html, both, "en")
    assert card_title(html, russian, "en") == ("ru", "Колледж")
    assert '<p class="card__summary" lang="ru">Речной</p>' in card_of(html, russian, "en")


def test_more_universities_build_no_more_objects(client):
    UniversityPageFactory(publish=False)
    few = {language: objects_built(client, list_url(language)) for language in LANGUAGES}
    for _n in range(3):
        UniversityPageFactory(publish=False)
    assert {language: objects_built(client, list_url(language)) for language in LANGUAGES} == few
