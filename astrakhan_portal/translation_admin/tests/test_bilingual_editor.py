"""The page editor of every page type: a tab per language, each translated field
labelled in the admin's language with its language, no "[ru]"/"[en]" and no
English "View / edit fields for" toggle."""

import re

import pytest
from wagtail.models import Page
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(client, django_user_model, content):
    user = django_user_model.objects.create_superuser("chief", "chief@example.invalid", "x")
    client.force_login(user)
    client.user = user
    return client


def tab_headings(html):
    return [
        re.sub(r"\s+", " ", heading).strip() for heading in re.findall(r'role="tab"[^>]*>\s*([^<]+)<', html)
    ]


def labels(html):
    """The field labels: panel headings (one field per panel) and labels inside groups."""
    found = re.findall(r"data-panel-heading-text>([^<]+)<", html)
    found += re.findall(r'class="w-field__label[^"]*"[^>]*>\s*([^<]+)<', html)
    return [re.sub(r"\s+", " ", text).strip() for text in found]


@pytest.mark.parametrize(
    "language, tabs, title_ru, title_en",
    [
        ("ru", ["Русский", "Английский"], "Заголовок (по-русски)", "Заголовок (по-английски)"),
        ("en", ["Russian", "English"], "Title (in Russian)", "Title (in English)"),
    ],
)
def test_every_page_type_is_edited_in_a_tab_per_language(chief, content, language, tabs, title_ru, title_en):
    profile = UserProfile.get_for_user(chief.user)
    profile.preferred_language = language
    profile.save()
    seen = set()
    for page in Page.objects.descendant_of(content, inclusive=True).specific():
        kind = type(page).__name__
        if kind in seen:
            continue
        seen.add(kind)
        html = chief.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert tab_headings(html)[:2] == tabs, kind
        found = labels(html)
        assert title_ru in found and title_en in found, kind
        assert not [label for label in found if "[ru]" in label or "[en]" in label], (kind, found)
        assert "language_toggles.js" not in html, kind
        # The Russian title, slug and body come before the first English field.
        at = {
            name: html.index(f'data-contentpath="{name}"')
            for name in ("title_ru", "slug_ru", "body_ru", "title_en", "body_en")
        }
        assert at["title_ru"] < at["slug_ru"] < at["body_ru"] < at["title_en"] < at["body_en"], kind
    assert len(seen) == 13
