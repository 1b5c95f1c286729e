"""Only the methods a public address handles are allowed, and a failed CSRF check
gets the site's own page in the page's language (issue 12, item 9)."""

import pytest
from django.test import Client

from astrakhan_portal.feedback.models import FeedbackMessage

pytestmark = pytest.mark.django_db

PAGES = ["/", "/en/", "/partnery/", "/en/partners/azerbaijan/", "/kontakty/"]
VIEWS = ["/search/", "/en/open-data/", "/en/open-data/projects/data.csv", "/feeds/news.xml", "/sitemap.xml"]


@pytest.mark.parametrize("path", PAGES + VIEWS)
def test_options_tells_the_methods_an_address_really_handles(client, content, path):
    response = client.options(path)
    assert response.status_code == 200
    assert response["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("method", ["put", "delete", "patch", "post"])
@pytest.mark.parametrize("path", PAGES + VIEWS)
def test_other_methods_get_405_with_an_accurate_allow_header(content, path, method):
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)(path, data="x=1", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 405, (method, path)
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert client.head(path).status_code == 200


def test_the_feedback_form_takes_posts_and_says_so(client, content):
    assert client.options("/en/feedback/")["Allow"] == "GET, HEAD, POST, OPTIONS"
    response = Client(enforce_csrf_checks=True).put("/en/feedback/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST, OPTIONS"


@pytest.mark.parametrize(
    "path, language, text",
    [
        ("/feedback/", "ru", "Не удалось отправить форму"),
        ("/en/feedback/", "en", "The form could not be sent"),
    ],
)
def test_a_form_sent_without_its_csrf_token_gets_the_sites_own_page(content, path, language, text):
    client = Client(enforce_csrf_checks=True)
    response = client.post(path, {"name": "A", "email": "a@example.com", "message": "Hi", "consent": "on"})
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
    assert "CSRF verification failed" not in html
    assert 'class="site-header' in html  # the site's own layout
    assert not FeedbackMessage.objects.exists()
