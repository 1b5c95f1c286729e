"""An operator fills a copy of the site with years of test content for a
benchmark, looks at it in both languages, and removes it again; the command
refuses to touch a production database unless told to."""

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Page

from astrakhan_portal.search.models import SearchEntry
from news.models import NewsIndexPage, NewsPage
from projects.models import ProjectIndexPage, ProjectPage

pytestmark = pytest.mark.django_db


@override_settings(SETTINGS_MODULE="astrakhan_portal.settings.production")
def test_it_refuses_to_run_with_the_production_settings(content):
    with pytest.raises(CommandError, match="production settings"):
        call_command("generate_bench_content", news=5, projects=1, images=0)
    with pytest.raises(CommandError, match="production settings"):
        call_command("generate_bench_content", remove=True)
    assert not NewsPage.objects.exists()


def test_a_small_run_makes_bilingual_pages_that_render_and_remove_deletes_them(content, client):
    pages_before = Page.objects.count()
    call_command("generate_bench_content", news=50, projects=5, images=2, verbosity=0)

    news = NewsPage.objects.filter(slug_ru__startswith="bench-")
    assert news.count() == 50 and news.live().count() == 50
    assert ProjectPage.objects.filter(slug_ru__startswith="bench-").count() == 5
    assert NewsIndexPage.objects.get().numchild == 50
    assert ProjectIndexPage.objects.get().numchild == ProjectPage.objects.count()
    translated = news.exclude(title_en="")
    assert 0 < translated.count() < 50, "some items are in Russian only"
    assert news.filter(image__isnull=False).exists()
    assert len({item.date.year for item in news}) >= 5, "dates spread over years"
    assert all(item.countries.exists() for item in news)
    assert not any(Page.find_problems()), "the page tree is consistent"

    item = translated.first()
    for language, title in (("ru", item.title_ru), ("en", item.title_en)):
        with translation.override(language):
            url = item.get_url()
        response = client.get(url)
        assert response.status_code == 200
        assert title in response.content.decode()
        assert SearchEntry.objects.filter(page=item, language=language).exists()
    russian_only = news.filter(title_en="").first()
    with translation.override("en"):
        response = client.get(russian_only.get_url())
    assert response.status_code == 200 and russian_only.title_ru in response.content.decode()
    assert client.get("/en/search/?q=delegation").status_code == 200

    # A second run adds more without clashing slugs.
    call_command("generate_bench_content", news=3, projects=0, images=2, verbosity=0)
    assert NewsPage.objects.filter(slug_ru__startswith="bench-").count() == 53

    call_command("generate_bench_content", remove=True, verbosity=0)
    assert Page.objects.count() == pages_before
    assert not NewsPage.objects.exists()
    assert NewsIndexPage.objects.get().numchild == 0
    assert not get_image_model().objects.filter(title__startswith="bench-").exists()
    assert not any(Page.find_problems())


def test_the_tree_paths_it_writes_are_those_treebeard_gives(content):
    """The command writes tree paths itself (bulk inserts); they must be the ones
    treebeard's ``add_child`` would give, or the tree breaks."""
    from astrakhan_portal.initial_content.management.commands.generate_bench_content import (
        tree_path,
        tree_position,
    )

    index = Page.objects.get(pk=NewsIndexPage.objects.get().pk)
    for n in range(3):
        last = index.get_last_child()
        expected = tree_path(index.path, tree_position(last.path) + 1 if last else 1)
        child = index.add_child(instance=Page(title=f"t{n}", slug=f"t{n}", slug_ru=f"t{n}"))
        assert child.path == expected
        index.refresh_from_db()
    assert tree_path("0001", 36 * 36 + 35) == "0001" + "0" + "1" + "0" + "Z"
    assert tree_position(tree_path("0001", 1234)) == 1234
