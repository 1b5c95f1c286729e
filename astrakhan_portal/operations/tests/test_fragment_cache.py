"""Parts of pages kept in the fragment cache are never stale and look exactly as rendered afresh.

The page cache is off here, so every response is a new render that reuses
the menu, footer, breadcrumbs, hub and listing fragments; publishing,
unpublishing or renaming anything must show up on the next request.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction

from astrakhan_portal.core.testing import bilingual, make_news, publish_child
from astrakhan_portal.news.models import NewsIndexPage
from astrakhan_portal.standard.models import StandardPage
from partners.models import CountryPage
from projects.models import ProjectIndexPage, ProjectPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragment_cache_on(settings):
    """The test settings leave it off so that query budgets measure whole renders."""
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = True


def url_of(page, language="ru"):
    with translation.override(language):
        return page.get_url()


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_pages_look_the_same_with_and_without_the_fragment_cache(client, content, settings):
    kazakhstan = CountryPage.objects.get(iso_code="KZ")
    news = make_news(
        NewsIndexPage.objects.get(), title=("Новость о Казахстане", "Kazakhstan news"), countries=[kazakhstan]
    )
    urls = [
        "/",
        "/en/",
        url_of(kazakhstan),
        url_of(kazakhstan, "en"),
        url_of(ProjectIndexPage.objects.get()) + "?country=kz",
        url_of(ProjectIndexPage.objects.get(), "en") + "?country=nowhere",
        url_of(news),
        url_of(news, "en"),
    ]
    settings.FRAGMENT_CACHE_ENABLED = False
    afresh = {url: html(client, url) for url in urls}
    settings.FRAGMENT_CACHE_ENABLED = True
    for url in urls:
        first, second = html(client, url), html(client, url)
        assert first == afresh[url], url
        assert second == afresh[url], url


def test_a_second_visitor_costs_fewer_queries(client, content):
    url = url_of(CountryPage.objects.get(iso_code="KZ"))
    with CaptureQueriesContext(connection) as first:
        client.get(url)
    with CaptureQueriesContext(connection) as second:
        client.get(url)
    assert len(second) < len(first) / 2, (len(first), len(second))


def test_the_menu_marks_the_section_of_each_page_though_its_links_are_cached(client, content):
    about = StandardPage.objects.get(slug_en="about")
    projects = ProjectIndexPage.objects.get()
    for page in (about, projects, about):
        menu = html(client, url_of(page)).split('class="main-menu"')[1].split("</nav>")[0]
        current = re.findall(r'<a class="main-menu__link" href="([^"]+)" aria-current="page"', menu)
        assert current == [url_of(page)]


def test_a_renamed_section_changes_the_menu_footer_and_breadcrumbs_at_once(client, content):
    projects = ProjectIndexPage.objects.get()
    kazakhstan_url = url_of(CountryPage.objects.get(iso_code="KZ"))
    project = publish_child(projects, bilingual(ProjectPage(), ("Проект у моря", "Project by the sea")))
    for url in ("/", kazakhstan_url, url_of(project)):
        html(client, url)

    projects.title_ru = "Совместные проекты региона"
    projects.save_revision().publish()

    for url in ("/", kazakhstan_url, url_of(project)):
        page = html(client, url)
        assert page.count("Совместные проекты региона") >= 2, url  # the menu and the footer
    breadcrumbs = html(client, url_of(project)).split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert "Совместные проекты региона" in breadcrumbs


def test_a_new_project_appears_on_the_country_hub_and_the_filtered_list(client, content):
    kazakhstan = CountryPage.objects.get(iso_code="KZ")
    index = ProjectIndexPage.objects.get()
    hub_url = url_of(kazakhstan)
    list_url = url_of(index) + "?country=kz"
    html(client, hub_url), html(client, list_url)

    project = publish_child(
        index, bilingual(ProjectPage(), ("Каспийская школа рыбоводов", "Caspian fish farming school"))
    )
    project.countries.set([kazakhstan])
    project.save_revision().publish()

    assert "Каспийская школа рыбоводов" in html(client, hub_url)
    assert "Каспийская школа рыбоводов" in html(client, list_url)

    project.unpublish()
    assert "Каспийская школа рыбоводов" not in html(client, hub_url)
    assert "Каспийская школа рыбоводов" not in html(client, list_url)


def test_an_unpublished_news_item_leaves_its_page_and_the_home_page(client, content):
    news = make_news(NewsIndexPage.objects.get(), title=("Новость, которую снимут", "News to withdraw"))
    url = url_of(news)
    assert "Новость, которую снимут" in html(client, url)
    assert "Новость, которую снимут" in html(client, "/")

    news.unpublish()

    assert client.get(url).status_code == 404
    assert "Новость, которую снимут" not in html(client, "/")


def test_a_page_made_private_is_private_on_the_next_view(client, content):
    about = StandardPage.objects.get(slug_en="about")
    url = url_of(about)
    html(client, url)  # the restrictions (none) are now in the cache

    restriction = PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]

    restriction.delete()
    assert client.get(url).status_code == 200


def test_an_unknown_address_is_still_a_404_after_a_known_one(client, content):
    about_url = url_of(StandardPage.objects.get(slug_en="about"))
    assert client.get(about_url).status_code == 200
    assert client.get(about_url + "net-takoj-stranicy/").status_code == 404
    assert client.get("/net-takoj-stranicy/").status_code == 404
    assert client.get(about_url).status_code == 200


def test_the_cached_project_listing_follows_the_filters_not_the_raw_query(client, content):
    listing = url_of(ProjectIndexPage.objects.get(), "en")
    kazakhstan = html(client, listing + "?country=kz")
    assert "Dredgers for Kazakhstan" in kazakhstan and "Minsk Tractor Plant" not in kazakhstan
    belarus = html(client, listing + "?country=by&utm_source=x")
    assert "Minsk Tractor Plant" in belarus and "Dredgers for Kazakhstan" not in belarus
    # An unknown value says so, whatever the value, and the list is unfiltered.
    for junk in ("zz", "qq" * 40):
        unknown = html(client, listing + f"?country={junk}")
        assert "had an unknown value and was ignored" in unknown
        assert "Dredgers for Kazakhstan" in unknown and "Minsk Tractor Plant" in unknown
    everything = html(client, listing)
    assert "had an unknown value" not in everything
    # Arbitrary extra parameters reuse the entry of the filters they amount to.
    from django.core.cache import cache

    keys_before = len(cache._cache) if hasattr(cache, "_cache") else None
    for n in range(5):
        assert "Minsk Tractor Plant" in html(client, listing + f"?country=by&junk={n}")
    if keys_before is not None:
        assert len(cache._cache) == keys_before
