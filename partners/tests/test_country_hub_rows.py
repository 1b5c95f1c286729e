"""A country page's lists (projects, monuments, event series, news) are read as rows:
no page object is built per item, and each item still shows its title, address and
extras in the visitor's language, or in Russian where it is not translated yet."""

import re

import pytest
from django.utils import translation

from astrakhan_portal.core.rows import PageRow
from tests.support.counting import Built
from tests.support.factories import (
    CooperationSphereFactory,
    CountryPageFactory,
    EventSeriesPageFactory,
    MonumentPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
)

pytestmark = pytest.mark.django_db


def address(page, language):
    with translation.override(language):
        return page.get_url()


def hub_section(html, anchor):
    """The country page's section ``anchor``, its non-breaking spaces (Russian typography) as spaces."""
    found = re.search(rf'<section class="hub-section" aria-labelledby="{anchor}">.*?</section>', html, re.S)
    return found.group(0).replace("\xa0", " ")


def add_items(country, count):
    """``count`` more projects (with a sphere), monuments, event series and news items of ``country``."""
    for _ in range(count):
        ProjectPageFactory(countries=[country], spheres=[CooperationSphereFactory()])
        MonumentPageFactory(donor_country=country)
        EventSeriesPageFactory(countries=[country])
        NewsPageFactory(countries=[country])


def test_the_country_page_builds_no_page_object_per_listed_item(client):
    country = CountryPageFactory()
    url = address(country, "en")
    add_items(country, 1)
    client.get(url)
    with Built() as one:
        client.get(url)
    add_items(country, 4)
    client.get(url)
    with Built() as five:
        response = client.get(url)
    hub = response.context["hub"]
    for items in (hub.projects, hub.monuments, hub.event_series, hub.news):
        assert len(items) == 5
        assert all(isinstance(item, PageRow) for item in items)
    assert five.count == one.count


@pytest.mark.parametrize("language", ["ru", "en"])
def test_each_listed_item_shows_its_title_address_and_extras(client, language):
    country = CountryPageFactory(title_ru="Тестовая страна", title_en="Test country")
    trade = CooperationSphereFactory(name_ru="Торговля", name_en="Trade", sort_order=2)
    culture = CooperationSphereFactory(name_ru="Культура", name_en="Culture", sort_order=1)
    project = ProjectPageFactory(
        title_ru="Речной терминал", title_en="River terminal", countries=[country], spheres=[trade, culture]
    )
    monument = MonumentPageFactory(
        title_ru="Памятник дружбе", title_en="Friendship monument", donor_country=country
    )
    series = EventSeriesPageFactory(title_ru="Волжский форум", title_en="Volga Forum", countries=[country])
    news = NewsPageFactory(title_ru="Визит делегации", title_en="Delegation visit", countries=[country])

    english = language == "en"
    html = client.get(address(country, language)).content.decode()

    projects = hub_section(html, "country-projects")
    title = "River terminal" if english else "Речной терминал"
    assert f'<a class="card__link" href="{address(project, language)}">{title}</a>' in projects
    # Its spheres in their order, not the country the page is about.
    spheres = ["Culture", "Trade"] if english else ["Культура", "Торговля"]
    assert re.findall(r'<li class="tag">([^<]+)</li>', projects) == spheres
    for anchor, page, title in [
        ("country-monuments", monument, "Friendship monument" if english else "Памятник дружбе"),
        ("country-events", series, "Volga Forum" if english else "Волжский форум"),
        ("country-news", news, "Delegation visit" if english else "Визит делегации"),
    ]:
        assert f'href="{address(page, language)}">{title}</a>' in hub_section(html, anchor)
    assert f'datetime="{news.date:%Y-%m-%d}"' in hub_section(html, "country-news")


def test_an_item_not_yet_translated_is_shown_in_russian_on_the_english_country_page(client):
    country = CountryPageFactory()
    sphere = CooperationSphereFactory(name_ru="Рыболовство", name_en="")
    untranslated = {"title_en": "", "slug_en": None, "summary_en": ""}
    project = ProjectPageFactory(
        title_ru="Рыбный порт", countries=[country], spheres=[sphere], **untranslated
    )
    monument = MonumentPageFactory(title_ru="Старый маяк", donor_country=country, **untranslated)
    series = EventSeriesPageFactory(title_ru="Русский форум", countries=[country], **untranslated)
    news = NewsPageFactory(title_ru="Только по-русски", countries=[country], **untranslated)

    html = client.get(address(country, "en")).content.decode()

    projects = hub_section(html, "country-projects")
    assert (
        f'<h3 class="card__title" lang="ru"><a class="card__link" href="{address(project, "en")}">Рыбный порт'
        in (projects)
    )
    assert '<li class="tag" lang="ru">Рыболовство</li>' in projects
    for anchor, page, title in [
        ("country-monuments", monument, "Старый маяк"),
        ("country-events", series, "Русский форум"),
        ("country-news", news, "Только по-русски"),
    ]:
        assert (
            f'<h3 class="card__title" lang="ru"><a class="card__link" href="{address(page, "en")}">{title}'
            in (hub_section(html, anchor))
        )


def offices_and_agreements(html):
    offices = re.search(r'<ul class="offices">.*?</ul>', html, re.S)
    agreements = re.search(r'<ol class="agreements">.*?</ol>', html, re.S)
    return (offices.group(0) if offices else ""), (agreements.group(0) if agreements else "")


def test_offices_and_agreements_build_no_object_each_and_keep_the_editors_order(client):
    from partners.models import Office
    from tests.support.factories import AgreementFactory, OfficeFactory

    country = CountryPageFactory()
    url = address(country, "en")
    OfficeFactory(country=country, sort_order=2, name_en="Second office")
    AgreementFactory(country=country, sort_order=1, subject_en="Agreement only in Russian", note_ru="В Баку")
    client.get(url)
    with Built() as one:
        client.get(url)
    OfficeFactory(
        country=country,
        sort_order=1,
        kind=Office.REPRESENTATIVE,
        name_en="",
        name_ru="Представительство Альфа",
    )
    AgreementFactory(country=country, sort_order=0, subject_en="First agreement", year=None)
    client.get(url)
    with Built() as two:
        html = client.get(url).content.decode().replace("\xa0", " ")
    assert two.count == one.count
    offices, agreements = offices_and_agreements(html)
    # In the editors' order, the untranslated name in Russian and marked so, the kind in English.
    assert offices.index("Представительство Альфа") < offices.index("Second office")
    assert '<h3 class="office__name" lang="ru">Представительство Альфа</h3>' in offices
    assert '<p class="office__kind">Representative office</p>' in offices
    assert '<p class="office__kind">Consular office</p>' in offices
    assert agreements.index("First agreement") < agreements.index("Agreement only in Russian")
    assert '<p class="agreement__note" lang="ru">В Баку</p>' in agreements
    assert agreements.count('<p class="agreement__year">2020</p>') == 1


def test_a_preview_shows_the_offices_and_agreements_as_edited_before_saving(rf, client):
    from django.contrib.auth.models import AnonymousUser

    from partners.models import Agreement, Office
    from tests.support.factories import AgreementFactory, OfficeFactory

    country = CountryPageFactory()
    OfficeFactory(country=country, name_ru="Сохранённое консульство")
    AgreementFactory(country=country, subject_ru="Сохранённое соглашение")
    edited = country.specific_class.objects.get(pk=country.pk)
    edited.offices = [Office(kind=Office.CONSULATE, name="Новое консульство", name_ru="Новое консульство")]
    edited.agreements = [
        Agreement(parties="Стороны", parties_ru="Стороны", subject="Новое", subject_ru="Новое")
    ]
    request = rf.get(address(country, "ru"))
    request.user = AnonymousUser()
    request.is_preview = True
    with translation.override("ru"):
        preview = edited.serve_preview(request, "").render().content.decode()
    offices, agreements = offices_and_agreements(preview)
    assert "Новое консульство" in offices and "Сохранённое" not in offices
    assert "Новое" in agreements and "Сохранённое" not in agreements
    # The published page still shows what is saved.
    offices, agreements = offices_and_agreements(client.get(address(country, "ru")).content.decode())
    assert "Сохранённое консульство" in offices and "Новое консульство" not in offices
    assert "Сохранённое соглашение" in agreements
