"""What an editor and a moderator read in the Russian admin: the sign-in page, the
page listing, the editor's status panel and buttons, the workflow names and the
dashboard, which says when an item awaiting review is scheduled for later."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Task, Workflow

from news.models import NewsIndexPage

from .test_news_moderation import RU_TITLE, write_news

pytestmark = pytest.mark.django_db


def text_of(response):
    assert response.status_code == 200
    return response.content.decode()


def test_the_sign_in_page_is_russian(db):
    html = text_of(Client().get("/admin/login/"))
    assert '<label class="w-field__label" for="id_password"' in html
    assert "Пароль" in html and "Password" not in html


def test_the_page_listing_and_the_editor_read_russian(editor):
    index = NewsIndexPage.objects.get()
    listing = text_of(editor.get(f"/admin/pages/{index.pk}/"))
    assert "of 0" not in listing and " of " not in listing.split("<main", 1)[-1].split("</main>")[0]

    editor_form = text_of(editor.get(f"/admin/pages/add/news/newspage/{index.pk}/"))
    assert "Заголовок страницы, каким его увидят посетители" in editor_form
    assert "видимый всем" not in editor_form
    assert "Отправить на проверку («Модерация новостей»)" in editor_form
    assert "News moderation" not in editor_form


def test_the_listing_counts_pages_in_russian(editor, content):
    html = text_of(editor.get(f"/admin/pages/{content.pk}/"))
    assert "Показаны страницы 1–" in html
    assert "страницы 1-" not in html


def test_the_status_panel_of_an_unlocked_page_reads_russian(moderator):
    index = NewsIndexPage.objects.get()
    html = text_of(moderator.get(f"/admin/pages/{index.pk}/edit/"))
    assert "Изменять может любой пользователь (страница без блокировки)" in html
    assert "Любой может редактировать страница" not in html
    assert "Любой может отредактировать страница" not in html


def test_workflows_and_their_task_are_named_in_russian(db):
    assert set(Workflow.objects.values_list("name", flat=True)) >= {
        "Модерация новостей",
        "Утверждение модератором",
    }
    assert set(Task.objects.values_list("name", flat=True)) == {"Утверждение модератором"}


def test_a_taken_slug_is_explained_in_russian(editor):
    write_news(editor)
    index = NewsIndexPage.objects.get()
    from .admin_forms import page_form

    url = f"/admin/pages/add/news/newspage/{index.pk}/"
    _response, data = page_form(
        editor,
        url,
        title_ru=RU_TITLE,
        slug_ru="delegaciya-turkmenistana",
        date="2025-03-15",
        body_ru=[],
        body_en=[],
    )
    data["action-submit"] = "1"
    html = text_of(editor.post(url, data))
    assert "This slug is already in use" not in html
    assert "уже занят другой страницей этого раздела" in html
    assert "найдите ту страницу в разделе" in html


def test_the_moderator_sees_that_an_item_awaiting_review_is_scheduled(editor, moderator):
    go_live = timezone.localtime() + datetime.timedelta(days=3)
    go_live = go_live.replace(hour=10, minute=30, second=0, microsecond=0)
    write_news(editor, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    html = text_of(moderator.get("/admin/"))
    assert "Ждут проверки и запланированы на будущее" in html
    panel = html[html.index("Ждут проверки и запланированы на будущее") :]
    panel = panel[: panel.index("</section>")]
    assert RU_TITLE in panel
    assert f"{go_live.day} " in panel and ", 10:30" in panel
    assert "Модерация новостей" in panel


def test_an_item_awaiting_review_without_a_date_is_not_listed_as_scheduled(editor, moderator):
    write_news(editor)
    assert "Ждут проверки и запланированы на будущее" not in text_of(moderator.get("/admin/"))
