"""Anonymous visitors get pages from the cache; editors, previews and changes never see stale ones."""

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.models import PageViewRestriction

from astrakhan_portal.core.testing import bilingual, make_news, publish_child
from astrakhan_portal.news.models import NewsIndexPage
from astrakhan_portal.standard.models import StandardPage
from partners.models import CountryPage
from projects.models import ProjectIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The test settings leave the cache off for query counts; here it is the subject."""
    settings.PAGE_CACHE_ENABLED = True


# Nothing listens here (the top of this branch's port range): a Redis that is down.
DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:8739/7",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
    }
}


def url_of(page, language="ru"):
    with translation.override(language):
        return page.get_url()


def cache_state(response):
    return response.headers.get("X-Page-Cache")


def test_an_anonymous_visitors_second_view_comes_from_the_cache(client, content):
    first = client.get("/")
    second = client.get("/")
    assert first.status_code == second.status_code == 200
    assert cache_state(first) == "miss"
    assert cache_state(second) == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "Сотрудничество" in second.content.decode()


def test_a_head_request_is_answered_from_the_same_entry(client, content):
    client.get("/en/")
    response = client.head("/en/")
    assert response.status_code == 200
    assert cache_state(response) == "hit"


def test_a_logged_in_editor_never_gets_a_cached_page(client, admin_client, content):
    about = StandardPage.objects.get(slug_en="about")
    url = url_of(about)
    assert cache_state(client.get(url)) == "miss"
    assert cache_state(client.get(url)) == "hit"

    editors_view = admin_client.get(url)
    assert editors_view.status_code == 200
    assert cache_state(editors_view) == "bypass"

    # Nor is what an editor was shown stored for visitors.
    other = url_of(StandardPage.objects.get(slug_en="tourism"))
    assert cache_state(admin_client.get(other)) == "bypass"
    assert cache_state(client.get(other)) == "miss"


def test_a_preview_of_a_draft_is_never_cached(client, admin_client, content):
    about = StandardPage.objects.get(slug_en="about").specific
    live_title = about.title_ru
    about.title_ru = "Черновик, который видит только редактор"
    about.save_revision()
    url = url_of(about)

    client.get(url)
    preview = admin_client.get(f"/admin/pages/{about.pk}/view_draft/")
    assert preview.status_code == 200
    assert "Черновик, который видит только редактор" in preview.content.decode()
    assert cache_state(preview) is None

    visitor = client.get(url)
    assert cache_state(visitor) == "hit"
    html = visitor.content.decode()
    assert live_title in html
    assert "Черновик" not in html


def test_each_language_and_each_vi_setting_has_its_own_entry(client, content):
    about = StandardPage.objects.get(slug_en="about")
    ru, en = url_of(about, "ru"), url_of(about, "en")
    assert cache_state(client.get(ru)) == "miss"
    english = client.get(en)
    assert cache_state(english) == "miss"
    assert '<html lang="en">' in english.content.decode()
    assert cache_state(client.get(en)) == "hit"

    client.cookies["vi"] = "font=large&scheme=bw&images=on&spacing=normal"
    assert cache_state(client.get(ru)) == "miss"
    assert cache_state(client.get(ru)) == "hit"
    client.cookies["vi"] = "font=xlarge&scheme=wb&images=off&spacing=wide"
    assert cache_state(client.get(ru)) == "miss"

    del client.cookies["vi"]
    russian = client.get(ru)
    assert cache_state(russian) == "hit"
    assert '<html lang="ru">' in russian.content.decode()


def test_a_filtered_listing_is_cached_under_its_own_query(client, content):
    projects = url_of(ProjectIndexPage.objects.get())
    everything = client.get(projects)
    iran = client.get(projects + "?country=ir")
    assert cache_state(everything) == cache_state(iran) == "miss"
    assert cache_state(client.get(projects + "?country=ir")) == "hit"
    assert iran.content != everything.content
    # The same filters in another order are the same entry.
    assert cache_state(client.get(projects + "?sphere=trade&country=ir")) == "miss"
    assert cache_state(client.get(projects + "?country=ir&sphere=trade")) == "hit"
    # A parameter the listing does not know is not cached at all.
    tracked = client.get(projects + "?utm_source=mail")
    assert tracked.status_code == 200
    assert cache_state(tracked) == "bypass"
    assert cache_state(client.get(projects + "?utm_source=mail")) == "bypass"


def test_publishing_a_change_refreshes_the_page_its_listing_and_the_home_page(client, content):
    index = NewsIndexPage.objects.get()
    news = make_news(index, title=("Делегация Казахстана", "Kazakhstan delegation"))
    urls = [url_of(news), url_of(index), "/"]
    for url in urls:
        client.get(url)
        assert cache_state(client.get(url)) == "hit"

    news.title_ru = "Делегация Казахстана в Астрахани: итоги"
    news.save_revision().publish()

    for url in urls:
        response = client.get(url)
        assert cache_state(response) == "miss", url
        assert "Делегация Казахстана в Астрахани: итоги" in response.content.decode(), url


def test_a_new_item_appears_in_the_cached_search_results(client, content):
    client.get("/search/?q=Прикаспийский")
    before = client.get("/search/?q=Прикаспийский")
    assert cache_state(before) == "hit"
    assert "Прикаспийский форум журналистов" not in before.content.decode()

    make_news(NewsIndexPage.objects.get(), title=("Прикаспийский форум журналистов", ""))

    after = client.get("/search/?q=Прикаспийский")
    assert cache_state(after) == "miss"
    assert "Прикаспийский форум журналистов" in after.content.decode()


def test_an_unpublished_page_is_gone_at_once(client, content):
    index = NewsIndexPage.objects.get()
    news = make_news(index, title=("Новость для снятия", "News to withdraw"))
    url = url_of(news)
    client.get(url)
    client.get(url_of(index))
    assert cache_state(client.get(url)) == "hit"

    news.unpublish()

    assert client.get(url).status_code == 404
    assert "Новость для снятия" not in client.get(url_of(index)).content.decode()


def test_a_moved_page_redirects_from_its_old_address_and_the_menu_follows(client, content):
    about = StandardPage.objects.get(slug_en="about")
    tourism = StandardPage.objects.get(slug_en="tourism")
    old_url = url_of(tourism)
    client.get(old_url)
    client.get("/")
    assert cache_state(client.get(old_url)) == "hit"
    assert f'href="{old_url}"' in client.get("/").content.decode()

    tourism.move(about, pos="last-child")
    tourism.refresh_from_db()
    new_url = url_of(tourism)

    assert new_url != old_url
    old = client.get(old_url)
    assert old.status_code == 301
    assert old["Location"] == new_url
    assert client.get(new_url).status_code == 200
    assert f'href="{old_url}"' not in client.get("/").content.decode()


def test_a_deleted_page_is_gone_from_its_address_and_its_country(client, content):
    kazakhstan = CountryPage.objects.get(iso_code="KZ")
    news = make_news(
        NewsIndexPage.objects.get(),
        title=("Новость о Казахстане", "News about Kazakhstan"),
        countries=[kazakhstan],
    )
    url, hub = url_of(news), url_of(kazakhstan)
    client.get(url)
    client.get(hub)
    assert "Новость о Казахстане" in client.get(hub).content.decode()

    news.delete()

    assert client.get(url).status_code == 404
    response = client.get(hub)
    assert cache_state(response) == "miss"
    assert "Новость о Казахстане" not in response.content.decode()


def test_a_password_protected_page_is_never_stored(client, content):
    page = publish_child(
        StandardPage.objects.get(slug_en="about"),
        bilingual(StandardPage(), ("Закрытая страница", "Closed page"), body=("Секрет", "Secret")),
    )
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    url = url_of(page)
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == second.status_code == 200
    assert cache_state(second) != "hit"
    assert "Секрет" not in second.content.decode()


def test_a_visitor_with_a_session_or_messages_is_not_served_a_shared_page(client, content):
    client.get("/")
    client.cookies["messages"] = "something"
    assert cache_state(client.get("/")) == "bypass"


def test_unknown_addresses_are_not_cached(client, content):
    assert client.get("/net-takoy-stranicy/").status_code == 404
    response = client.get("/net-takoy-stranicy/")
    assert response.status_code == 404
    assert cache_state(response) != "hit"


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_cache_can_be_switched_off(client, content):
    client.get("/")
    assert cache_state(client.get("/")) is None


@override_settings(CACHES=DEAD_REDIS)
def test_pages_are_still_served_when_the_cache_does_not_answer(client, content):
    about = StandardPage.objects.get(slug_en="about")
    for _ in range(2):
        response = client.get(url_of(about, "en"))
        assert response.status_code == 200
        assert cache_state(response) == "miss"
        assert '<html lang="en">' in response.content.decode()
    # Publishing still works; the purge is logged as failed.
    about.title_ru = "О сотрудничестве (обновлено)"
    about.save_revision().publish()
    assert "О сотрудничестве (обновлено)" in client.get(url_of(about)).content.decode()


def test_the_deploy_check_warns_when_the_cache_is_per_process():
    from astrakhan_portal.operations.checks import page_cache_is_shared

    local = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    with override_settings(CACHES=local):
        assert [w.id for w in page_cache_is_shared(None)] == ["operations.W001"]
    with override_settings(CACHES=DEAD_REDIS):
        assert page_cache_is_shared(None) == []
    with override_settings(CACHES=local, PAGE_CACHE_ENABLED=False):
        assert page_cache_is_shared(None) == []
