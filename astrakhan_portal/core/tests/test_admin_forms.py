"""An editor can open the add and edit forms of every page type, in both languages' fields."""

import pytest
from wagtail.models import Page

from astrakhan_portal.operations.views import server_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("chief", "chief@example.invalid", "x")
    client.force_login(user)
    return client


def test_every_page_types_edit_form_opens_with_both_languages(admin_client, content):
    seen = set()
    for page in Page.objects.descendant_of(content, inclusive=True).specific():
        kind = type(page).__name__
        if kind in seen:
            continue
        seen.add(kind)
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, kind
        html = response.content.decode()
        assert 'name="title_ru"' in html and 'name="title_en"' in html, kind
        assert 'name="slug_en"' in html, kind
    assert len(seen) == 13  # every type but the news item, which has no page yet


def test_the_add_form_of_a_news_item_opens(admin_client, content):
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.get()
    response = admin_client.get(f"/admin/pages/add/news/newspage/{index.pk}/")
    assert response.status_code == 200
    assert 'name="summary_en"' in response.content.decode()


@pytest.mark.parametrize(
    "path, language, text", [("/x/", "ru", "Ошибка сервера"), ("/en/x/", "en", "Server error")]
)
def test_the_500_page_speaks_the_visitors_language(rf, path, language, text):
    response = server_error(rf.get(path))
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html and text in html
