"""Every page type renders in Russian and in English, with its own content."""

import re

import pytest
from django.utils import translation
from wagtail.models import Page

from news.models import NewsIndexPage
from tests.support.pages import make_news

pytestmark = pytest.mark.django_db


def page_types(content):
    """One live page of every concrete type in the tree."""
    seen = {}
    for page in Page.objects.live().descendant_of(content, inclusive=True).specific():
        seen.setdefault(type(page).__name__, page)
    return seen


def get_in(client, page, language):
    with translation.override(language):
        url = page.get_url()
    return url, client.get(url)


def test_there_is_a_page_of_every_type(content):
    make_news(NewsIndexPage.objects.get())
    assert set(page_types(content)) == {
        "HomePage",
        "CountryIndexPage",
        "CountryPage",
        "ProjectIndexPage",
        "ProjectPage",
        "MonumentIndexPage",
        "MonumentPage",
        "UniversityIndexPage",
        "UniversityPage",
        "EventIndexPage",
        "EventSeriesPage",
        "NewsIndexPage",
        "NewsPage",
        "StandardPage",
    }


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_page_type_renders_its_own_content(client, content, language):
    make_news(
        NewsIndexPage.objects.get(),
        title=("Форум в Астрахани", "Forum in Astrakhan"),
        summary=("Итоги форума.", "The forum's results."),
    )
    for name, page in page_types(content).items():
        url, response = get_in(client, page, language)
        assert response.status_code == 200, (name, url)
        html = response.content.decode().replace("\xa0", " ")  # Russian typography's spaces
        assert f'<html lang="{language}">' in html, name
        title = getattr(page, f"title_{language}")
        assert title in html.replace("&#x27;", "'").replace("&quot;", '"'), (name, title)
        if language == "en":
            assert url.startswith("/en/"), url
        else:
            assert not url.startswith("/en/"), url
        # No leftover Russian page text on English pages (and vice versa) in the <h1>.
        h1 = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1).strip()
        if name != "HomePage":
            assert h1 == title.replace("'", "&#x27;").replace('"', "&quot;"), (name, h1)


def test_russian_is_at_the_root_and_english_under_en_with_their_own_slugs(client, content):
    assert client.get("/partnery/azerbaydzhan/").status_code == 200
    assert client.get("/en/partners/azerbaijan/").status_code == 200
    assert client.get("/en/partnery/azerbaydzhan/").status_code == 404
    assert client.get("/partners/azerbaijan/").status_code == 404


def test_a_country_page_shows_what_relates_to_it(client, content):
    from events.models import EventSeriesPage
    from monuments.models import MonumentPage
    from partners.models import CountryPage

    html = client.get("/en/partners/iran/").content.decode()
    # The source names no donor or participating country: nothing is claimed until an editor says so.
    assert "Monument to Omar Khayyam" not in html and "Caspian Media Forum" not in html
    iran = CountryPage.objects.get(iso_code="IR")
    monument = MonumentPage.objects.get(slug_en="omar-khayyam")
    monument.donor_country = iran
    monument.save_revision().publish()
    series = EventSeriesPage.objects.get(slug_en="caspian-media-forum")
    series.countries.add(iran)
    series.save_revision().publish()
    from django.core.cache import cache

    cache.clear()
    html = client.get("/en/partners/iran/").content.decode()
    for expected in [
        "Iran’s Trading House in Astrakhan",  # a project
        "Monument to Omar Khayyam",  # a monument an editor says it donated
        "Caspian Media Forum",  # an event series an editor says it takes part in
        "Consular office of Iran",  # an office
        "Russian-Iranian Business Council",
    ]:
        assert expected in html, expected
    belarus = client.get("/partnery/belarus/").content.decode().replace("\xa0", " ")
    assert "О сотрудничестве в торгово-экономической" in belarus  # its agreement, in Russian
    assert "Сервисный центр Минского тракторного завода" in belarus
