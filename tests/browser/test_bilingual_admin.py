"""An editor writes a news item in Russian and English through the real admin: one tab
per language, Latin slugs typed by the admin's script from the titles, each language's
text in its own fields, and an error shown where the editor can see it."""

import json
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from .conftest import ROOT

PASSWORD = "browser-editor-password-42"

RU_TITLE = "Делегация Туркменистана посетила Астрахань"
EN_TITLE = "Turkmenistan delegation visits Astrakhan"
RU_BODY = "Стороны обсудили сотрудничество в судостроении."
EN_BODY = "The sides discussed cooperation in shipbuilding."


def in_server_database(server, code):
    """Run ``code`` in a Django shell on the server's database; return what it prints, as JSON."""
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def news_index_id(portal_server):
    """An editor in the Editors group, and the id of the news list they write in."""
    return in_server_database(
        portal_server,
        "import json; from django.contrib.auth.models import Group, User; "
        "from news.models import NewsIndexPage; "
        "user = User.objects.filter(username='browser-editor').first() or "
        f"User.objects.create_user('browser-editor', 'e@example.invalid', '{PASSWORD}', "
        "first_name='Анна', last_name='Редакторова'); "
        "user.groups.add(Group.objects.get(name='Editors')); "
        "print(json.dumps(NewsIndexPage.objects.get().pk))",
    )


def sign_in(page):
    page.goto("/admin/login/")
    page.get_by_label("Имя пользователя").fill("browser-editor")
    page.get_by_label("Пароль").fill(PASSWORD)
    page.get_by_role("button", name="Войти").click()
    expect(page).to_have_url("/admin/")


def add_paragraph(page, field, text):
    """Insert a paragraph block into the body ``field`` and type ``text`` into it."""
    body = page.locator(f'[data-contentpath="{field}"]')
    body.get_by_role("button", name="Вставить блок").first.click()
    page.get_by_role("option", name="Абзац").click()
    editor = body.locator('[contenteditable="true"]').first
    editor.click()
    editor.press_sequentially(text)
    expect(editor).to_contain_text(text)


def tab(page, name):
    return page.get_by_role("tab", name=name)


def test_an_editor_writes_both_languages_in_their_tabs(visit, portal_server, news_index_id):
    page = visit.page
    sign_in(page)
    page.goto(f"/admin/pages/add/news/newspage/{news_index_id}/")

    # No "[ru]"/"[en]" labels and no English language toggle: a tab per language.
    expect(page.locator("body")).not_to_contain_text("[ru]")
    expect(page.locator("body")).not_to_contain_text("View / edit fields for")
    expect(tab(page, "Русский")).to_have_attribute("aria-selected", "true")
    for name, label in [
        ("title_ru", "Заголовок (по-русски)"),
        ("slug_ru", "(по-русски)"),
        ("title_en", "Заголовок (по-английски)"),
        ("summary_en", "(по-английски)"),
    ]:
        expect(page.locator(f'label[for="id_{name}"]').first).to_contain_text(label)
    expect(page.get_by_role("heading", name="Текст (по-русски)")).to_be_visible()
    expect(page.locator("#id_title_ru")).to_be_visible()
    expect(page.locator("#id_title_en")).to_be_hidden()

    title_ru = page.locator("#id_title_ru")
    title_ru.click()
    title_ru.press_sequentially(RU_TITLE)
    title_ru.blur()
    expect(page.locator("#id_slug_ru")).to_have_value("delegatsiia-turkmenistana-posetila-astrakhan")
    page.locator("#id_summary_ru").fill("Переговоры о судостроении.")
    add_paragraph(page, "body_ru", RU_BODY)

    tab(page, "Английский").click()
    title_en = page.locator("#id_title_en")
    expect(title_en).to_be_visible()
    title_en.click()
    title_en.press_sequentially(EN_TITLE)
    title_en.blur()
    expect(page.locator("#id_slug_en")).to_have_value("turkmenistan-delegation-visits-astrakhan")
    page.locator("#id_summary_en").fill("Talks on shipbuilding.")
    add_paragraph(page, "body_en", EN_BODY)

    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Сохранить черновик").first.click()
    # Wagtail 8 may already have autosaved the draft (and moved to its edit address):
    # wait until the last save has reached the database.
    page.wait_for_load_state("networkidle")
    for _attempt in range(5):
        saved = in_server_database(
            portal_server,
            "import json; from news.models import NewsPage; "
            f"page = NewsPage.objects.get(title_ru='{RU_TITLE}').get_latest_revision_as_object(); "
            # The bodies as stored (their source), not rendered with the site's typography.
            "print(json.dumps({'edit_url': f'/admin/pages/{page.pk}/edit/', **{name: "
            "json.dumps(list(getattr(page, name).raw_data), ensure_ascii=False) "
            "if name.startswith('body') else str(getattr(page, name)) for name in "
            "('title_ru', 'title_en', 'slug_ru', 'slug_en', 'summary_ru', 'summary_en', 'body_ru', 'body_en')}}))",
        )
        if EN_BODY in saved["body_en"]:
            break
        page.wait_for_timeout(1000)
    assert saved["title_ru"] == RU_TITLE and saved["title_en"] == EN_TITLE
    assert saved["slug_ru"] == "delegatsiia-turkmenistana-posetila-astrakhan"
    assert saved["slug_en"] == "turkmenistan-delegation-visits-astrakhan"
    assert (
        saved["summary_ru"] == "Переговоры о судостроении."
        and saved["summary_en"] == "Talks on shipbuilding."
    )
    assert RU_BODY in saved["body_ru"] and EN_BODY not in saved["body_ru"]
    assert EN_BODY in saved["body_en"] and RU_BODY not in saved["body_en"]

    # The form opens again on the tab the editor used last. (Its address: Wagtail's
    # "newer version saved in another window" dialog may hold the click on "Save draft"
    # after an autosave, leaving the browser on the add form's address.)
    page.goto(saved["edit_url"])
    expect(tab(page, "Английский")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#id_title_en")).to_be_visible()
    expect(page.locator("#id_title_en")).to_have_value(EN_TITLE)


def test_an_error_opens_the_tab_of_its_field(visit, portal_server, news_index_id):
    page = visit.page
    sign_in(page)
    page.goto(f"/admin/pages/add/news/newspage/{news_index_id}/")
    tab(page, "Английский").click()
    page.locator("#id_title_en").fill("Only in English")
    page.locator("#id_slug_en").fill("only-in-english")
    submit = page.locator('button[name="action-submit"]')
    expect(submit).to_have_text("Отправить на проверку («Модерация новостей»)")
    with page.expect_navigation():
        submit.evaluate("button => button.click()")  # it sits in the footer's drop-down menu

    # The Russian title is required: the form comes back on the Russian tab, the message in view.
    expect(tab(page, "Русский")).to_have_attribute("aria-selected", "true")
    message = page.locator('[data-contentpath="title_ru"] .error-message')
    expect(message).to_be_visible()
    expect(message).to_contain_text("Требуется заполнить это поле")
