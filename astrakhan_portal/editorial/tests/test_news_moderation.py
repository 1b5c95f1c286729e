"""An editor writes a news item in Russian and English; a moderator approves it;
visitors then find it in the news list, on the home page and in the search,
in both languages. Editors cannot publish themselves, and a scheduled item
appears only when its time has come."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import NewsIndexPage, NewsPage

from .admin_forms import page_form

pytestmark = pytest.mark.django_db

RU_TITLE = "Делегация Туркменистана посетила Астрахань"
EN_TITLE = "Turkmenistan delegation visits Astrakhan"


def write_news(editor, action="action-submit", **overrides):
    """The editor fills in the form in both languages and presses a button."""
    index = NewsIndexPage.objects.get()
    fields = {
        "title_ru": RU_TITLE,
        "title_en": EN_TITLE,
        "slug_ru": "delegaciya-turkmenistana",
        "slug_en": "turkmenistan-delegation",
        "summary_ru": "Переговоры о сотрудничестве в судостроении.",
        "summary_en": "Talks on cooperation in shipbuilding.",
        "date": "2025-03-14",
        "body_ru": ["Стороны обсудили сотрудничество в судостроении."],
        "body_en": ["The sides discussed cooperation in shipbuilding."],
        **overrides,
    }
    _form, data = page_form(editor, f"/admin/pages/add/news/newspage/{index.pk}/", **fields)
    data[action] = "1"
    response = editor.post(f"/admin/pages/add/news/newspage/{index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return NewsPage.objects.get(slug_en=fields["slug_en"])


def approve(moderator, page):
    """The moderator approves the task waiting for them, through the admin's workflow action."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    assert task_state is not None, "the news item is not waiting for moderation"
    response = moderator.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        {"comment": "Проверено."},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    return page


def visible(client, url, text):
    response = client.get(url)
    assert response.status_code == 200, url
    return text in response.content.decode().replace("\xa0", " ")  # Russian typography's spaces


def test_an_editor_submits_news_in_both_languages_and_a_moderator_publishes_it(client, editor, moderator):
    page = write_news(editor)
    assert not page.live
    assert page.workflow_in_progress
    assert page.current_workflow_state.workflow.name == "Модерация новостей"
    assert not visible(client, "/novosti/", RU_TITLE)

    # The moderator's dashboard lists the item awaiting their review.
    assert RU_TITLE in moderator.get("/admin/").content.decode()

    page = approve(moderator, page)
    assert page.live
    assert page.owner == editor.user

    for url, text in [
        ("/novosti/", RU_TITLE),
        ("/", RU_TITLE),
        ("/search/?q=Туркменистана", RU_TITLE),
        ("/novosti/delegaciya-turkmenistana/", "Стороны обсудили сотрудничество в судостроении."),
        ("/en/news/", EN_TITLE),
        ("/en/", EN_TITLE),
        ("/en/search/?q=delegation", EN_TITLE),
        ("/en/news/turkmenistan-delegation/", "The sides discussed cooperation in shipbuilding."),
        ("/feeds/news.xml", RU_TITLE),
        ("/en/feeds/news.xml", EN_TITLE),
        ("/sitemap-1.xml", "http://testserver/novosti/delegaciya-turkmenistana/"),
        ("/sitemap-1.xml", "http://testserver/en/news/turkmenistan-delegation/"),
    ]:
        assert visible(client, url, text), (url, text)


def test_an_editor_cannot_publish(client, editor, moderator):
    index = NewsIndexPage.objects.get()
    editor_form = editor.get(f"/admin/pages/add/news/newspage/{index.pk}/").content.decode()
    assert 'name="action-submit"' in editor_form
    assert 'name="action-publish"' not in editor_form
    moderator_form = moderator.get(f"/admin/pages/add/news/newspage/{index.pk}/").content.decode()
    assert 'name="action-publish"' in moderator_form

    # Pressing "publish" anyway (a forged request) leaves a draft nobody sees.
    page = write_news(editor, action="action-publish")
    assert not page.live
    assert page.has_unpublished_changes
    assert not visible(client, "/novosti/", RU_TITLE)
    assert not visible(client, "/en/news/", EN_TITLE)

    # The same for an item a moderator has already published: a change stays a draft.
    page = approve(moderator, write_news(editor, slug_ru="vtoraya", slug_en="second"))
    edit_url = f"/admin/pages/{page.pk}/edit/"
    edit_form, data = page_form(
        editor,
        edit_url,
        title_en="Changed without approval",
        body_ru=["Стороны обсудили сотрудничество в судостроении."],
        body_en=["Changed."],
    )
    assert 'name="action-publish"' not in edit_form.content.decode()
    data["action-publish"] = "1"
    assert editor.post(edit_url, data).status_code == 302
    assert visible(client, "/en/news/second/", EN_TITLE)
    assert not visible(client, "/en/news/second/", "Changed without approval")


def test_an_editor_writes_only_in_the_news_projects_and_events_sections(editor):
    from events.models import EventSeriesPage
    from projects.models import ProjectPage
    from standard.models import StandardPage

    assert editor.get(f"/admin/pages/{ProjectPage.objects.first().pk}/edit/").status_code == 200
    assert editor.get(f"/admin/pages/{EventSeriesPage.objects.first().pk}/edit/").status_code == 200
    about = StandardPage.objects.get(slug_en="about")
    assert editor.get(f"/admin/pages/{about.pk}/edit/").status_code in (302, 403)


def test_a_scheduled_news_item_appears_only_when_its_time_has_come(client, editor, moderator):
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    page = write_news(editor, go_live_at=tomorrow.strftime("%Y-%m-%d %H:%M"))
    page = approve(moderator, page)
    assert not page.live
    assert not visible(client, "/novosti/", RU_TITLE)

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live, "published before its time"

    # Time passes: move the scheduled moment into the past.
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    (scheduled,) = page.revisions.exclude(approved_go_live_at=None)
    scheduled.approved_go_live_at = an_hour_ago
    scheduled.content["go_live_at"] = an_hour_ago.isoformat()
    scheduled.save(update_fields=["approved_go_live_at", "content"])
    NewsPage.objects.filter(pk=page.pk).update(go_live_at=an_hour_ago)
    call_command("publish_scheduled")

    page.refresh_from_db()
    assert page.live
    assert visible(client, "/novosti/", RU_TITLE)
    assert visible(client, "/en/news/", EN_TITLE)
