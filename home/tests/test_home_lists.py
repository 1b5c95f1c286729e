"""The home page's lists (featured projects, latest news, upcoming events) are read as
rows: no page object is built per item, and each item still shows its title, address
and extras in the visitor's language, or in Russian where it is not translated yet."""

import datetime
import re

import pytest
from django.utils import timezone, translation

from astrakhan_portal.core.rows import PageRow
from home.models import HomeFeaturedProject, HomePage
from tests.support.counting import Built
from tests.support.factories import (
    CooperationSphereFactory,
    CountryPageFactory,
    EventEditionFactory,
    EventSeriesPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    site_home,
)

pytestmark = pytest.mark.django_db


def set_featured(home, projects):
    home = HomePage.objects.get(pk=home.pk)
    home.featured_projects.set([HomeFeaturedProject(project=p, sort_order=i) for i, p in enumerate(projects)])
    home.save_revision().publish()


def address(page, language):
    with translation.override(language):
        return page.get_url()


def section_of(html, name):
    """The home page's section ``name``, its non-breaking spaces (Russian typography) as spaces."""
    found = re.search(rf'<section class="home__section home__section--{name}".*?</section>', html, re.S)
    return found.group(0).replace("\xa0", " ")


def add_items(count):
    """``count`` more of each list's items: projects (with a country and a sphere), news
    items and event series with an upcoming edition."""
    soon = timezone.localdate() + datetime.timedelta(days=10)
    projects = []
    for _ in range(count):
        projects.append(
            ProjectPageFactory(countries=[CountryPageFactory()], spheres=[CooperationSphereFactory()])
        )
        NewsPageFactory(date=timezone.localdate())
        EventEditionFactory(series=EventSeriesPageFactory(), start_date=soon, end_date=soon)
    return projects


def test_the_home_page_builds_no_page_object_per_listed_item(client):
    home = site_home()
    projects = add_items(1)
    set_featured(home, projects)
    client.get("/en/")
    with Built() as one:
        client.get("/en/")
    projects += add_items(3)
    set_featured(home, projects)
    client.get("/en/")
    with Built() as four:
        html = client.get("/en/").content.decode()
    assert html.count('class="card card--project"') == 4
    assert section_of(html, "news").count('class="card card--news"') == 4
    assert section_of(html, "events").count('class="edition"') == 4
    assert four.count == one.count


def test_the_featured_projects_are_rows_for_their_cards(client):
    home = site_home()
    set_featured(home, add_items(2))
    response = client.get("/")
    assert len(response.context["featured"]) == 2
    assert all(isinstance(item, PageRow) for item in response.context["featured"])


@pytest.mark.parametrize("language", ["ru", "en"])
def test_each_listed_item_shows_its_title_address_and_extras(client, language):
    home = site_home()
    country = CountryPageFactory(title_ru="Тестовая страна", title_en="Test country")
    sphere = CooperationSphereFactory(name_ru="Торговля", name_en="Trade")
    project = ProjectPageFactory(
        title_ru="Речной терминал", title_en="River terminal", countries=[country], spheres=[sphere]
    )
    set_featured(home, [project])
    news = NewsPageFactory(
        title_ru="Форум в Астрахани", title_en="Forum in Astrakhan", date=timezone.localdate()
    )
    series = EventSeriesPageFactory(title_ru="Волжский форум", title_en="Volga Forum")
    start = timezone.localdate() + datetime.timedelta(days=30)
    EventEditionFactory(
        series=series, start_date=start, end_date=start, venue_ru="Кремль", venue_en="Kremlin"
    )

    english = language == "en"
    html = client.get("/en/" if english else "/").content.decode()

    projects = section_of(html, "projects")
    title = "River terminal" if english else "Речной терминал"
    assert f'<a class="card__link" href="{address(project, language)}">{title}</a>' in projects
    assert ("Test country" if english else "Тестовая страна") in projects
    assert f'<li class="tag">{"Trade" if english else "Торговля"}</li>' in projects
    news_title = "Forum in Astrakhan" if english else "Форум в Астрахани"
    assert f'href="{address(news, language)}">{news_title}</a>' in section_of(html, "news")
    events = section_of(html, "events")
    assert (
        f'<a href="{address(series, language)}">{"Volga Forum" if english else "Волжский форум"}</a>'
        in events
    )
    assert f"<span>{'Kremlin' if english else 'Кремль'}</span>" in events


def test_an_item_not_yet_translated_is_shown_in_russian_on_the_english_home_page(client):
    home = site_home()
    sphere = CooperationSphereFactory(name_ru="Рыболовство", name_en="")
    project = ProjectPageFactory(
        title_ru="Рыбный порт", title_en="", slug_en=None, summary_en="", spheres=[sphere]
    )
    set_featured(home, [project])
    news = NewsPageFactory(title_ru="Только по-русски", title_en="", slug_en=None, date=timezone.localdate())
    series = EventSeriesPageFactory(title_ru="Русский форум", title_en="", slug_en=None)
    start = timezone.localdate() + datetime.timedelta(days=30)
    EventEditionFactory(series=series, start_date=start, end_date=start, venue_ru="Кремль", venue_en="")

    html = client.get("/en/").content.decode()

    projects = section_of(html, "projects")
    assert re.search(
        rf'<h3 class="card__title" lang="ru"><a class="card__link" href="{address(project, "en")}">'
        "Рыбный порт</a></h3>",
        projects,
    )
    assert '<li class="tag" lang="ru">Рыболовство</li>' in projects
    assert re.search(
        rf'<h3 class="card__title" lang="ru"><a class="card__link" href="{address(news, "en")}">Только',
        section_of(html, "news"),
    )
    events = section_of(html, "events")
    assert f'<p class="edition__title" lang="ru"><a href="{address(series, "en")}">Русский' in events
    assert '<span lang="ru">Кремль</span>' in events
