"""The home page: introduction, key figures, partner map, featured projects,
news and upcoming events, with the featured projects chosen by editors."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from astrakhan_portal.initial_content.source import HOME_FEATURED_PROJECTS
from home.models import HomeFeaturedProject, HomePage
from projects.models import ProjectPage
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


def featured_titles(html):
    section = re.search(r'<section class="home__section home__section--projects".*?</section>', html, re.S)
    if section is None:
        return []
    return re.findall(r'<a class="card__link" href="[^"]+">([^<]+)</a>', section.group(0))


def set_featured(home, projects):
    home = HomePage.objects.get(pk=home.pk)
    home.featured_projects.set([HomeFeaturedProject(project=p, sort_order=i) for i, p in enumerate(projects)])
    home.save_revision().publish()


def test_the_home_page_introduces_the_cooperation_with_figures_and_map(client, content):
    html = client.get("/en/").content.decode()
    assert "<h1>Cooperation with the Caspian States and the CIS</h1>" in html
    assert "Igor Babushkin" in html  # the introduction
    figures = re.search(r'<ul class="figures__list"[^>]*>.*?</ul>', html, re.S).group(0)
    assert re.findall(r'<strong class="figures__value">([^<]+)</strong>', figures) == [
        "5,000+",
        "3,000+",
        "1996",
    ]
    # The figures are shown once, in the band, not again in the introduction.
    assert html.count("5,000+") == 1
    # The map links each partner country to its page, labelled in English.
    assert re.search(r'<a class="partner-map__country" href="/en/partners/iran/" aria-label="Iran"', html)
    ru = client.get("/").content.decode()
    assert re.search(r'<a class="partner-map__country" href="/partnery/iran/" aria-label="Иран"', ru)


def test_the_loader_features_a_few_projects_when_it_creates_the_home_page(client, content):
    expected = [ProjectPage.objects.get(slug_en=slug).title_en for slug in HOME_FEATURED_PROJECTS]
    assert len(expected) >= 3
    assert featured_titles(client.get("/en/").content.decode()) == expected


def test_the_editors_choice_is_kept_when_the_content_is_loaded_again(client, content):
    kindergarten = ProjectPage.objects.get(slug_en="kindergarten")
    bridge = ProjectPage.objects.get(slug_en="friendship-bridge")
    set_featured(content, [bridge, kindergarten])

    call_command("load_initial_content", verbosity=0)

    assert featured_titles(client.get("/en/").content.decode()) == ["Friendship bridge", "Kindergarten"]


def test_an_unpublished_featured_project_disappears_from_the_home_page(client):
    home = site_home()
    school = ProjectPageFactory(title_ru="Совместная школа", title_en="Joint school")
    terminal = ProjectPageFactory(title_ru="Речной терминал", title_en="River terminal")
    set_featured(home, [school, terminal])
    assert featured_titles(client.get("/en/").content.decode()) == ["Joint school", "River terminal"]
    terminal.unpublish()
    assert featured_titles(client.get("/en/").content.decode()) == ["Joint school"]

    set_featured(home, [])
    html = client.get("/en/").content.decode()
    assert featured_titles(html) == []
    assert "Featured projects" not in html


def test_latest_news_and_upcoming_editions_are_shown(client):
    NewsPageFactory(title_ru="Форум", title_en="Forum in Astrakhan", date=timezone.localdate())
    series = EventSeriesPageFactory(title_ru="Волжский торговый форум", title_en="Volga Trade Forum")
    start = timezone.localdate() + datetime.timedelta(days=30)
    EventEditionFactory(series=series, start_date=start, end_date=start)
    html = client.get("/en/").content.decode()
    news = re.search(r'<section class="home__section home__section--news".*?</section>', html, re.S).group(0)
    assert "Forum in Astrakhan" in news
    events = re.search(
        r'<section class="home__section home__section--events".*?</section>', html, re.S
    ).group(0)
    assert "Volga Trade Forum" in events
    assert f'datetime="{start:%Y-%m-%d}"' in events


def test_the_number_of_queries_does_not_grow_with_the_featured_projects(client):
    home = site_home()
    # Each project with a country and a sphere of its own, which its card names.
    projects = [
        ProjectPageFactory(countries=[CountryPageFactory()], spheres=[CooperationSphereFactory()])
        for _ in range(6)
    ]
    set_featured(home, projects[:2])
    client.get("/")
    with CaptureQueriesContext(connection) as two:
        client.get("/")
    set_featured(home, projects[:6])
    client.get("/")  # publishing empties the per-site caches: warm them again
    with CaptureQueriesContext(connection) as six:
        html = client.get("/").content.decode()
    assert len(featured_titles(html)) == 6
    assert len(six) == len(two)


def test_an_editor_chooses_featured_projects_in_the_admin(client, django_user_model):
    home = site_home()
    set_featured(home, ProjectPageFactory.create_batch(3))
    editor = django_user_model.objects.create_superuser("chief-editor", "editor@example.org", "x")
    client.force_login(editor)
    response = client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "featured_projects-TOTAL_FORMS" in html
    assert 'value="3"' in html.split("featured_projects-TOTAL_FORMS", 1)[1][:200]
    # Each row's page chooser offers joint projects only.
    choosers = re.findall(r'"id_featured_projects-\d+-project", \{"modelNames": (\[[^\]]*\])', html)
    assert choosers == ['["projects.projectpage"]'] * 3


def test_the_preview_shows_the_editors_unsaved_choice_in_its_order(rf, content):
    """Served, the choice is read in the projects' query; previewed, it is the unsaved one."""
    kindergarten = ProjectPage.objects.get(slug_en="kindergarten")
    bridge = ProjectPage.objects.get(slug_en="friendship-bridge")
    home = HomePage.objects.get(pk=content.pk)
    home.featured_projects.set(
        [HomeFeaturedProject(project=p, sort_order=i) for i, p in enumerate([bridge, kindergarten])]
    )
    request = rf.get("/")
    request.is_preview = True
    assert [p.pk for p in home.featured_for(request)] == [bridge.pk, kindergarten.pk]
    stored = [p.pk for p in HomePage.objects.get(pk=content.pk).featured_for(rf.get("/"))]
    assert stored == [ProjectPage.objects.get(slug_en=slug).pk for slug in HOME_FEATURED_PROJECTS]
