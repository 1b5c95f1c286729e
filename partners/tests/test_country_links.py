"""A project, a news item, an event series and a university link to their partner
countries: each live country's title and address in the visitor's language, without
building a country page object per link."""

import re

import pytest
from django.db.models.signals import post_init

from partners.models import CountryPage
from tests.support.factories import (
    CountryPageFactory,
    EventSeriesPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    UniversityPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def countries():
    translated = CountryPageFactory(
        title_ru="Страна Альфа", title_en="Alpha", slug_ru="alfa", slug_en="alpha"
    )
    untranslated = CountryPageFactory(title_ru="Страна Бета", title_en="", slug_ru="beta", slug_en="")
    withdrawn = CountryPageFactory(title_ru="Страна Гамма", title_en="Gamma")
    withdrawn.unpublish()
    return translated, untranslated, withdrawn


def country_links(html):
    return re.findall(r'<ul class="tags">(.*?)</ul>', html, re.S)[-1]


@pytest.mark.parametrize(
    "factory, field",
    [
        (ProjectPageFactory, "countries"),
        (NewsPageFactory, "countries"),
        (EventSeriesPageFactory, "countries"),
        (UniversityPageFactory, "partner_countries"),
    ],
)
def test_a_page_links_its_live_countries_in_each_language(client, content, countries, factory, field):
    page = factory(**{field: list(countries)})
    built = []

    def count(sender, **kwargs):
        built.append(sender)

    post_init.connect(count, sender=CountryPage)
    try:
        russian = country_links(client.get(page.url).content.decode())
    finally:
        post_init.disconnect(count, sender=CountryPage)
    assert built == []  # the links come from rows, not from country page objects
    assert '<a href="/partnery/alfa/">Страна Альфа</a>' in russian
    assert '<a href="/partnery/beta/">Страна Бета</a>' in russian
    assert "Гамма" not in russian  # unpublished: no link to a page that answers 404

    with_english = client.get("/en" + page.url_path_en[len("/home") :]).content.decode()
    english = country_links(with_english)
    assert '<a href="/en/partners/alpha/">Alpha</a>' in english
    # Not translated yet: its Russian title, marked as Russian, at its Russian slug.
    assert '<a href="/en/partners/beta/" lang="ru">Страна Бета</a>' in english
    assert "Gamma" not in english


def test_a_preview_links_the_countries_ticked_but_not_saved_yet(rf, content, countries):
    """In a preview the page's countries are the editor's unsaved choice (modelcluster
    keeps them in memory): they are linked as they are, the unpublished one left out."""
    from django.template import Context, Template

    from projects.models import ProjectPage

    translated, untranslated, withdrawn = countries
    draft = ProjectPage(title="Черновик")
    draft.countries = [translated, withdrawn]  # ticked in the form, not saved
    template = Template(
        '{% load country_tags %}{% country_rows page "countries" as countries %}'
        '{% include "includes/country_links.html" %}'
    )
    html = template.render(Context({"page": draft, "request": rf.get("/")}))
    assert "Страна Альфа" in html and 'href="/partnery/alfa/"' in html
    assert "Гамма" not in html and "Бета" not in html


def test_a_preview_of_a_published_page_shows_the_unsaved_ticks(rf, content, countries):
    from django.template import Context, Template

    translated, untranslated, _withdrawn = countries
    project = ProjectPageFactory(countries=[translated])
    project.countries = [untranslated]  # the editor's change, previewed before saving
    request = rf.get("/")
    request.is_preview = True
    template = Template(
        '{% load country_tags %}{% country_rows page "countries" as countries %}'
        '{% include "includes/country_links.html" %}'
    )
    html = template.render(Context({"page": project, "request": request}))
    assert "Страна Бета" in html and "Страна Альфа" not in html
    request.is_preview = False  # served: the saved choice
    html = template.render(Context({"page": project, "request": request}))
    assert "Страна Альфа" in html and "Страна Бета" not in html
