"""The preview shows a draft in Russian or in English from either admin language, and
its language switcher leads to the preview in the other language, not to a public
address the draft does not have yet (which answered 404)."""

import pytest
from wagtail.users.models import UserProfile

from astrakhan_portal.editorial.tests.admin_forms import page_form
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

RU_TITLE = "Астраханские судостроители в Баку"
EN_TITLE = "Astrakhan shipbuilders in Baku"


@pytest.fixture
def draft(editor):
    """An editor's news item saved as a draft, never published."""
    index = NewsIndexPage.objects.get()
    url = f"/admin/pages/add/news/newspage/{index.pk}/"
    _response, data = page_form(
        editor,
        url,
        title_ru=RU_TITLE,
        title_en=EN_TITLE,
        slug_ru="sudostroiteli-v-baku",
        slug_en="shipbuilders-in-baku",
        date="2025-05-20",
        body_ru=["Верфь показала новый сухогруз."],
        body_en=["The shipyard showed a new cargo ship."],
    )
    assert editor.post(url, data).status_code == 302
    page = NewsPage.objects.get(slug_en="shipbuilders-in-baku")
    assert not page.live
    return page


def open_preview(editor, page, mode):
    """What the editor's Preview does: post the form, then open the preview in a mode."""
    url = f"/admin/pages/{page.pk}/edit/"
    _response, data = page_form(
        editor,
        url,
        body_ru=["Верфь показала новый сухогруз."],
        body_en=["The shipyard showed a new cargo ship."],
    )
    preview = f"/admin/pages/{page.pk}/edit/preview/"
    assert editor.post(preview, data).json()["is_valid"]
    response = editor.get(f"{preview}?mode={mode}")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("admin_language", ["ru", "en"])
def test_a_draft_is_previewed_in_both_languages_from_either_admin_language(editor, draft, admin_language):
    profile = UserProfile.get_for_user(editor.user)
    profile.preferred_language = admin_language
    profile.save()

    russian = open_preview(editor, draft, "ru")
    assert '<html lang="ru"' in russian and RU_TITLE in russian and EN_TITLE not in russian
    english = open_preview(editor, draft, "en")
    assert '<html lang="en"' in english and EN_TITLE in english and "The shipyard showed" in english

    # The switcher leads to the other language's preview, which opens.
    preview = f"/admin/pages/{draft.pk}/edit/preview/"
    assert f'href="{preview}?mode=en" hreflang="en"' in russian
    assert f'href="{preview}?mode=ru" hreflang="ru"' in english
    assert 'href="/en/news/shipbuilders-in-baku/"' not in russian
    assert editor.get(f"{preview}?mode=en").status_code == 200


def test_the_editor_offers_both_preview_modes(editor, draft):
    html = editor.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert 'value="ru"' in html and 'value="en"' in html
    assert "preview-mode" in html or "w-preview#setPreviewMode" in html or "mode" in html
