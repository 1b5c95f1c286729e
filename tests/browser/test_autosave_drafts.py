"""An editor starts a news item and leaves the form: Wagtail 8's autosave has already made
it a draft. Starting again with the same title, the admin refuses the slug with a message in
the admin's language (Russian or English) that points to the draft saved earlier."""

import re

import pytest
from playwright.sync_api import expect

from .test_bilingual_admin import in_server_database

PASSWORD = "browser-autosave-password-42"

MESSAGES = {
    "ru": "Этот адрес (slug) уже занят другой страницей этого раздела — возможно, черновиком, сохранённым раньше.",
    "en": "This address (slug) is already taken by another page in this section, perhaps a draft saved earlier.",
}
SAVE_DRAFT = {"ru": "Сохранить черновик", "en": "Save draft"}


@pytest.fixture(scope="module")
def news_index(portal_server):
    """Two editors in the Editors group, one with the admin in Russian, one in English."""
    return in_server_database(
        portal_server,
        "import json; from django.contrib.auth.models import Group, User; "
        "from wagtail.users.models import UserProfile; "
        "from news.models import NewsIndexPage\n"
        "for language in ('ru', 'en'):\n"
        f"    user = User.objects.filter(username='autosave-' + language).first() or "
        f"User.objects.create_user('autosave-' + language, 'a@example.invalid', '{PASSWORD}', "
        "first_name='Анна', last_name='Редакторова')\n"
        "    user.groups.add(Group.objects.get(name='Editors'))\n"
        "    profile = UserProfile.get_for_user(user); profile.preferred_language = language; profile.save()\n"
        "print(json.dumps(NewsIndexPage.objects.get().pk))",
    )


def drafts_titled(server, title):
    return in_server_database(
        server,
        "import json; from news.models import NewsPage; "
        f"print(json.dumps([[p.slug_ru, p.live] for p in NewsPage.objects.filter(title_ru='{title}')]))",
    )


@pytest.mark.parametrize("language", ["ru", "en"])
def test_an_abandoned_form_leaves_a_draft_and_the_same_title_again_is_refused_in_the_admins_language(
    visit, portal_server, news_index, language
):
    page = visit.page
    page.goto("/admin/login/")
    page.locator("#id_username").fill(f"autosave-{language}")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).to_have_url("/admin/")

    title = f"Встреча в Баку ({language})"
    slug = f"vstrecha-v-baku-{language}"

    def start_news_item():
        page.goto(f"/admin/pages/add/news/newspage/{news_index}/")
        page.wait_for_load_state("networkidle")
        # Wagtail's change tracking takes the form's first state a moment after it opens;
        # a change typed before then is part of that state and not autosaved.
        page.wait_for_timeout(2000)
        field = page.locator("#id_title_ru")
        field.click()
        field.press_sequentially(title)
        field.blur()
        expect(page.locator("#id_slug_ru")).to_have_value(slug)
        page.locator("#id_summary_ru").fill("Итоги переговоров.")

    # The first try: nothing pressed, yet autosave saves it and the form becomes the draft's.
    start_news_item()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"), timeout=30000)
    assert drafts_titled(portal_server, title) == [[slug, False]]

    # The editor leaves and starts again with the same title.
    start_news_item()
    page.get_by_role("button", name=SAVE_DRAFT[language]).first.click()
    expect(page.locator("body")).to_contain_text(MESSAGES[language])
    for other, message in MESSAGES.items():
        if other != language:
            expect(page.locator("body")).not_to_contain_text(message)
    # No second page: the draft saved by autosave is the only one.
    assert drafts_titled(portal_server, title) == [[slug, False]]
