"""Each worker's own copy of cached pages and fragments, and the release fingerprint in every key.

The copy saves round trips to the shared cache; it must never make a page
staler than the shared cache itself, nor grow without bound.
"""

import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from astrakhan_portal.core.testing import make_news
from astrakhan_portal.news.models import NewsIndexPage
from astrakhan_portal.operations import fragments, pagecache, release
from astrakhan_portal.operations.memory import LocalCopy

pytestmark = pytest.mark.django_db

LATER = time.time() + 3600


def url_of(page, language="ru"):
    with translation.override(language):
        return page.get_url()


def test_the_copy_keeps_one_generation_and_forgets_it_when_a_newer_one_is_seen():
    copy = LocalCopy(max_entries=10, max_bytes=1000)
    copy.put(5, "home", "page of generation 5", 20, LATER)
    assert copy.get(5, "home") == "page of generation 5"
    # A purge elsewhere: the next request reads generation 6, and the copy is empty.
    assert copy.get(6, "home") is None
    assert not copy.holds("home")
    # A request that read generation 5 before the purge cannot put its page back.
    copy.put(5, "home", "late page of generation 5", 20, LATER)
    assert copy.get(6, "home") is None and copy.get(5, "home") is None
    copy.put(6, "home", "page of generation 6", 20, LATER)
    assert copy.get(6, "home") == "page of generation 6"


def test_the_copy_is_bounded_by_entries_and_by_size_oldest_first():
    copy = LocalCopy(max_entries=3, max_bytes=100)
    for name in ("a", "b", "c", "d"):
        copy.put(1, name, name, 10, LATER)
    assert [copy.get(1, name) for name in "abcd"] == [None, "b", "c", "d"]
    copy.put(1, "big", "big", 80, LATER)
    assert [copy.get(1, name) for name in ("b", "c", "d", "big")] == [None, "c", "d", "big"]
    assert copy.size == 100
    copy.put(1, "huge", "huge", 101, LATER)  # larger than the whole copy: not kept
    assert copy.get(1, "huge") is None and copy.get(1, "big") == "big"


def test_an_entry_of_the_copy_expires_with_its_original():
    copy = LocalCopy(max_entries=10, max_bytes=1000)
    copy.put(1, "events", "the upcoming events of yesterday", 40, time.time() - 1)
    copy.put(1, "home", "home", 4, LATER)
    assert copy.get(1, "events") is None and copy.get(1, "home") == "home"


def test_a_page_kept_by_a_worker_expires_when_its_shared_entry_does(client, content, settings):
    settings.PAGE_CACHE_ENABLED = True
    client.get("/en/")
    assert client.get("/en/").headers["X-Page-Cache"] == "hit"
    copy = pagecache.config().copy
    ((key, (page, size, expires_at)),) = copy.entries.items()
    assert expires_at - time.time() == pytest.approx(settings.PAGE_CACHE_TIMEOUT, abs=5)
    copy.entries[key] = (page, size, time.time() - 1)  # as if PAGE_CACHE_TIMEOUT had passed
    pagecache.get_cache().delete(key)  # and Redis had let the original expire
    assert client.get("/en/").headers["X-Page-Cache"] == "miss"


def test_a_page_served_from_a_workers_copy_is_fresh_after_a_publish(client, content, settings):
    settings.PAGE_CACHE_ENABLED = True
    news = make_news(NewsIndexPage.objects.get(), title=("Рыбная ярмарка", "Fish fair"))
    url = url_of(news)
    client.get(url)
    key = next(iter(pagecache.config().copy.entries))
    assert client.get(url).headers["X-Page-Cache"] == "hit"
    assert pagecache.config().copy.holds(key)

    news.title_ru = "Рыбная ярмарка: итоги"
    news.save_revision().publish()

    response = client.get(url)
    assert response.headers["X-Page-Cache"] == "miss"
    assert "Рыбная ярмарка: итоги" in response.content.decode()


def test_a_warm_detail_page_needs_no_query_and_shows_a_published_edit_at_once(client, content, settings):
    settings.FRAGMENT_CACHE_ENABLED = True
    news = make_news(NewsIndexPage.objects.get(), title=("Осетровый завод", "Sturgeon hatchery"))
    url = url_of(news, "en")
    client.get(url)
    with CaptureQueriesContext(connection) as warm:
        response = client.get(url)
    assert response.status_code == 200 and "Sturgeon hatchery" in response.content.decode()
    assert len(warm) == 0, [query["sql"] for query in warm]

    news.title_en = "Sturgeon hatchery opens"
    news.save_revision().publish()
    assert "Sturgeon hatchery opens" in client.get(url).content.decode()


def test_objects_from_the_copy_are_each_requests_own(settings):
    """A fragment that is an object (e.g. a page) is unpickled anew: one request cannot change another's."""
    settings.FRAGMENT_CACHE_ENABLED = True
    made = []

    def build():
        made.append(1)
        return {"title": "Каспий"}

    first = fragments.cached(None, "object-fragment", build)
    first["title"] = "changed by one request"
    second = fragments.cached(None, "object-fragment", build)
    assert second == {"title": "Каспий"} and len(made) == 1


def test_every_key_carries_the_release(rf, settings, monkeypatch):
    settings.PAGE_CACHE_ENABLED = True
    settings.FRAGMENT_CACHE_ENABLED = True
    request = rf.get("/")
    keys = {}
    for name in ("2026.11.1", "2026.11.2"):
        monkeypatch.setenv("RELEASE", name)
        release.fingerprint.cache_clear()
        pagecache._forget_config()
        keys[name] = (pagecache.cache_key(request), fragments.key_for(request, "footer"))
    release.fingerprint.cache_clear()
    pagecache._forget_config()
    (page_1, fragment_1), (page_2, fragment_2) = keys.values()
    assert page_1 != page_2 and fragment_1 != fragment_2


def test_without_a_named_release_the_fingerprint_follows_the_templates(settings, tmp_path, monkeypatch):
    monkeypatch.delenv("RELEASE", raising=False)
    (tmp_path / "templates").mkdir()
    template = tmp_path / "templates" / "base.html"
    template.write_text("<main>1</main>")
    settings.BASE_DIR = tmp_path
    settings.STATIC_ROOT = None
    release.fingerprint.cache_clear()
    before = release.fingerprint()
    template.write_text("<main>2</main>")
    release.fingerprint.cache_clear()
    after = release.fingerprint()
    release.fingerprint.cache_clear()
    assert before != after


def test_a_host_not_allowed_gets_a_400_even_when_allowed_hosts_are_remembered(content, settings):
    settings.PAGE_CACHE_ENABLED = True
    client = Client(raise_request_exception=False)
    settings.ALLOWED_HOSTS = ["testserver", "portal.example"]
    for _ in range(2):
        assert client.get("/", HTTP_HOST="testserver").status_code == 200
    refused = client.get("/", HTTP_HOST="evil.example")
    assert refused.status_code == 400 and "Неверный запрос" in refused.content.decode()
    refused = client.get("/en/", HTTP_HOST="evil.example")
    assert refused.status_code == 400 and "Bad request" in refused.content.decode()
    other = client.get("/", HTTP_HOST="portal.example")
    assert other.status_code == 200 and other.headers["X-Page-Cache"] == "miss"
    assert client.get("/", HTTP_HOST="testserver").headers["X-Page-Cache"] == "hit"
    assert client.get("/en", HTTP_HOST="testserver").status_code in (301, 302)
