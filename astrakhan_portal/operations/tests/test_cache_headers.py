"""What the app tells the proxy (and a CDN) it may share, page by page.

An anonymous visitor's page is ``public`` with a shared lifetime; anything
personal (a form with a CSRF token, a signed-in editor, a page password, the
version for visually impaired visitors, previews, the admin) is ``private``.
"""

import pytest
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from astrakhan_portal.core.testing import make_news
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/",
    "/en/",
    "/partnery/azerbaydzhan/",
    "/en/partners/azerbaijan/",
    "/en/projects/?country=uz&sphere=education",
    "/search/?q=каспий",
    "/en/search/?q=caspian",
]


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_an_anonymous_visitors_page_may_be_kept_by_the_proxy(client, content, url, settings):
    response = client.get(url)
    assert response.status_code == 200
    assert cache_control(response) == {
        "public",
        f"max-age={settings.BROWSER_MAX_AGE}",
        f"s-maxage={settings.SHARED_CACHE_MAX_AGE}",
    }
    assert "Set-Cookie" not in response
    assert "Accept-Language" not in response.get("Vary", "")


def test_a_page_with_a_form_is_private(client, content):
    response = client.get("/en/feedback/")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert {"private", "no-store"} <= cache_control(response)


def test_the_version_for_visually_impaired_visitors_is_private(client, content):
    client.cookies["vi"] = "size=large"
    response = client.get("/en/")
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


def test_a_signed_in_editor_sees_private_pages(client, content, django_user_model):
    editor = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw-Astrakhan-1")
    client.force_login(editor)
    for url in ["/", "/admin/", f"/admin/pages/{content.pk}/edit/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in cache_control(response), url
        assert "public" not in cache_control(response), url


def test_the_view_of_a_draft_and_the_preview_are_private(client, content, django_user_model):
    editor = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw-Astrakhan-1")
    client.force_login(editor)
    news = make_news(NewsIndexPage.objects.get(), title=("Опубликованная новость", "Published news"))
    news.title_ru = "Черновик, который никто не должен видеть"
    news.save_revision()
    draft = client.get(f"/admin/pages/{news.pk}/view_draft/")
    assert draft.status_code == 200
    assert "Черновик, который никто не должен видеть" in draft.content.decode()
    assert "private" in cache_control(draft) and "public" not in cache_control(draft)


def test_a_password_protected_page_is_never_shared(content):
    page = Page.objects.get(url_path_en__endswith="/partners/azerbaijan/").specific
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="caspian-secret")
    visitor = Client()
    form = visitor.get("/en/partners/azerbaijan/")
    assert "private" in cache_control(form) and "public" not in cache_control(form)
    restriction = PageViewRestriction.objects.get(page=page)
    visitor.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "caspian-secret", "return_url": "/en/partners/azerbaijan/"},
    )
    shown = visitor.get("/en/partners/azerbaijan/")
    assert shown.status_code == 200
    assert "Azerbaijan" in shown.content.decode()
    assert "private" in cache_control(shown) and "public" not in cache_control(shown)


def test_unknown_pages_errors_and_posts_are_private(client, content):
    assert "private" in cache_control(client.get("/en/no-such-page/"))
    assert "private" in cache_control(client.post("/en/search/", {"q": "x"}))
    assert "private" in cache_control(client.get("/healthz/ready/"))
