"""A news item may be published in Russian only, with its image: the English page
falls back to the Russian text and description. English alternative text is asked
for only once the English version is written, and the error is shown on the English
tab, where that field is, in the admin's language."""

import pytest
from wagtail.users.models import UserProfile

from astrakhan_portal.editorial.tests.admin_forms import page_form
from astrakhan_portal.editorial.tests.test_roles_and_admin import a_photo
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(client, django_user_model, content):
    """A superuser, who can publish directly."""
    user = django_user_model.objects.create_superuser("chief", "chief@example.invalid", "x")
    client.force_login(user)
    client.user = user
    return client


def add_form(client, **fields):
    index = NewsIndexPage.objects.get()
    url = f"/admin/pages/add/news/newspage/{index.pk}/"
    _response, data = page_form(client, url, **fields)
    return url, data


def test_a_russian_only_news_item_with_its_image_is_published_and_falls_back_in_english(chief):
    photo = a_photo()
    url, data = add_form(
        chief,
        title_ru="Порт Оля принял первое судно из Энзели",
        title_en="",
        slug_ru="port-olia-enzeli",
        slug_en="",
        date="2025-04-01",
        image=str(photo.pk),
        image_alt_ru="Сухогруз у причала порта Оля",
        image_alt_en="",
        body_ru=["Судно доставило груз из Ирана."],
        body_en=[],
    )
    data["action-publish"] = "1"
    response = chief.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = NewsPage.objects.get(slug_ru="port-olia-enzeli")
    assert page.live and not page.title_en and not page.image_alt_en

    english = chief.get("/en/news/port-olia-enzeli/")
    assert english.status_code == 200
    html = english.content.decode()
    assert "Порт Оля принял первое судно из Энзели" in html
    assert 'alt="Сухогруз у причала порта Оля"' in html


def tab_of(html, text):
    """The heading of the editor's tab whose section holds ``text``."""
    at = html.index(text)
    section = html.rindex('role="tabpanel"', 0, at)
    label_id = html[html.index('aria-labelledby="', section) + 17 :].split('"', 1)[0]
    label = html.index(f'id="{label_id}"')
    return html[html.index(">", label) + 1 : html.index("<", label + 1)].strip()


@pytest.mark.parametrize(
    "language, message, tab",
    [
        ("ru", "Опишите изображение на этом языке или отметьте его как декоративное.", "Английский"),
        ("en", "Describe the image in this language, or mark it as decorative.", "English"),
    ],
)
def test_english_alt_text_is_asked_for_once_the_english_version_is_written(chief, language, message, tab):
    profile = UserProfile.get_for_user(chief.user)
    profile.preferred_language = language
    profile.save()
    url, data = add_form(
        chief,
        title_ru="Новость с фотографией",
        title_en="News with a photo",
        slug_ru="s-foto",
        slug_en="with-photo",
        date="2025-04-01",
        image=str(a_photo().pk),
        image_alt_ru="Причал порта Оля",
        image_alt_en="",
        body_ru=["Текст."],
        body_en=["Text."],
    )
    data["action-publish"] = "1"
    response = chief.post(url, data)
    assert response.status_code == 200  # the form comes back
    html = response.content.decode()
    assert html.count(message) == 1
    # The message sits under the English alternative text, in the English tab
    # (the editor's script opens the first tab with an error: see the browser test).
    label = html.index('for="id_image_alt_en"')
    assert label < html.index(message) < html.index("<label", label)
    assert tab_of(html, message) == tab
    assert not NewsPage.objects.filter(slug_ru="s-foto").exists()
