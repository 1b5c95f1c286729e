"""Publishing purges the proxy; a purge the proxy does not take is kept, retried and reported.

The proxy here is a real HTTP server on 127.0.0.1 that records the PURGE
requests it gets, answering 200, or 503 while it is told to fail. Purges are
sent when the transaction commits: the tests run what would run on commit.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from astrakhan_portal.core.testing import make_news
from astrakhan_portal.operations.models import PendingPurge
from news.models import NewsIndexPage, NewsPage
from projects.models import CooperationSphere

pytestmark = pytest.mark.django_db


class RecordingProxy(ThreadingHTTPServer):
    def __init__(self):
        self.purges = []
        self.failing = False
        super().__init__(("127.0.0.1", 0), self.Handler)

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            server = self.server
            if server.failing:
                self.send_response(503)
            else:
                server.purges.append((self.headers["Host"], self.path))
                self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass


@pytest.fixture
def proxy(settings):
    server = RecordingProxy()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy1": {
            "BACKEND": "astrakhan_portal.operations.purge.ReportingHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def test_publishing_a_news_item_purges_the_whole_site(content, proxy, django_capture_on_commit_callbacks):
    index = NewsIndexPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        news = make_news(index, title=("Новый форум", "A new forum"))
    assert proxy.purges, "publishing sent no purge"
    assert set(proxy.purges) == {("localhost", "/")}
    proxy.purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        news.unpublish()
    assert proxy.purges and set(proxy.purges) == {("localhost", "/")}


def test_editing_a_snippet_a_restriction_an_image_or_deleting_a_page_purges(
    content, proxy, django_capture_on_commit_callbacks
):
    page = make_news(NewsIndexPage.objects.get(), title=("Новость", "News"))
    sphere = CooperationSphere.objects.first()
    sphere.name_en = "Sea trade"
    with django_capture_on_commit_callbacks(execute=True):
        sphere.save()
    assert proxy.purges == [("localhost", "/")]

    proxy.purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x-secret")
    assert proxy.purges == [("localhost", "/")]

    proxy.purges.clear()
    image = Image.objects.create(title="Мост дружбы", file=get_test_image_file())
    proxy.purges.clear()
    image.title = "Мост дружбы через Каспий"
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    assert proxy.purges == [("localhost", "/")]

    proxy.purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=page.pk).delete()
    assert proxy.purges and set(proxy.purges) == {("localhost", "/")}


def test_a_purge_the_proxy_refuses_is_kept_and_the_editor_is_told(
    content, proxy, client, django_user_model, django_capture_on_commit_callbacks
):
    editor = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw-Astrakhan-1")
    client.force_login(editor)
    proxy.failing = True
    with django_capture_on_commit_callbacks(execute=True):
        make_news(NewsIndexPage.objects.get(), title=("Срочная новость", "Urgent news"))
    assert PendingPurge.objects.filter(url="http://localhost/").exists()

    dashboard = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ru")
    assert "Публичный сайт пока не удалось обновить" in dashboard.content.decode()
    assert PendingPurge.objects.get().attempts >= 2

    proxy.failing = False
    proxy.purges.clear()
    dashboard = client.get("/admin/")
    assert proxy.purges == [("localhost", "/")]
    assert not PendingPurge.objects.exists()
    assert "Публичный сайт пока не удалось обновить" not in dashboard.content.decode()


def test_retry_purges_delivers_what_failed_and_fails_while_it_cannot(
    content, proxy, django_capture_on_commit_callbacks
):
    proxy.failing = True
    with django_capture_on_commit_callbacks(execute=True):
        make_news(NewsIndexPage.objects.get(), title=("Ещё новость", "Another item"))
    with pytest.raises(SystemExit):
        call_command("retry_purges")
    assert PendingPurge.objects.count() == 1
    proxy.failing = False
    call_command("retry_purges")
    assert not PendingPurge.objects.exists()
    assert ("localhost", "/") in proxy.purges


def test_without_a_proxy_configured_nothing_is_sent_or_kept(
    content, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True):
        make_news(NewsIndexPage.objects.get(), title=("Тихая новость", "Quiet news"))
    assert not PendingPurge.objects.exists()
