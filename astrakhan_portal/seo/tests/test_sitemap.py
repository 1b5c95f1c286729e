"""A search engine reads robots.txt, then the sitemap with both language versions of every page."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from astrakhan_portal.seo import sitemap
from astrakhan_portal.seo.sitemap import SITEMAP_VIEWS
from news.models import NewsIndexPage
from standard.models import StandardPage
from tests.support.pages import bilingual, make_news, publish_child

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def get_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def section_urls(client):
    """The addresses of the sections listed by the sitemap index at /sitemap.xml."""
    root = get_xml(client, "/sitemap.xml")
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    return [sitemap.find("sm:loc", NS).text for sitemap in root.findall("sm:sitemap", NS)]


def read_section(client, url):
    """{address: (lastmod, {hreflang: address})} of one sitemap section."""
    root = get_xml(client, url.removeprefix("http://testserver"))
    assert root.tag == f"{{{NS['sm']}}}urlset"
    urls = {}
    for url in root.findall("sm:url", NS):
        loc = url.find("sm:loc", NS).text
        lastmod = url.find("sm:lastmod", NS)
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
        assert loc not in urls, f"{loc} is listed twice"
        urls[loc] = (lastmod.text if lastmod is not None else None, alternates)
    return urls


def read_sitemap(client):
    """Every address of every section, as ``read_section`` gives them."""
    urls = {}
    for section in section_urls(client):
        listed = read_section(client, section)
        assert not set(listed) & set(urls), "an address is listed in two sections"
        urls.update(listed)
    return urls


def full_url(page, language):
    with translation.override(language):
        return f"http://testserver{page.get_url()}"


def test_every_public_page_is_listed_in_both_languages_with_its_alternates(client, content):
    urls = read_sitemap(client)
    pages = list(Page.objects.live().descendant_of(content, inclusive=True))
    assert len(pages) > 40
    # Every page in both languages, plus the open-data and feedback views in both.
    assert len(urls) == 2 * len(pages) + 2 * len(SITEMAP_VIEWS)
    for name in SITEMAP_VIEWS:
        for language in ("ru", "en"):
            with translation.override(language):
                assert f"http://testserver{reverse(name)}" in urls
    for page in pages:
        ru, en = full_url(page, "ru"), full_url(page, "en")
        for loc in (ru, en):
            lastmod, alternates = urls[loc]
            assert alternates == {"ru": ru, "en": en, "x-default": ru}
            modified = datetime.datetime.fromisoformat(lastmod)
            assert modified.tzinfo is not None
            assert abs(modified - page.last_published_at) < datetime.timedelta(seconds=1)
    assert "http://testserver/en/partners/azerbaijan/" in urls
    assert "http://testserver/partnery/azerbaydzhan/" in urls


def test_only_published_public_pages_and_real_translations_are_listed(client, content):
    index = NewsIndexPage.objects.get()
    russian_only = publish_child(content, bilingual(StandardPage(), ("Только по-русски", "")))
    private = make_news(index, title=("Для своих", "Members only"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    withdrawn = make_news(index, title=("Снята", "Withdrawn"))
    withdrawn.unpublish()
    draft = bilingual(StandardPage(live=False), ("Черновик", "Draft"))
    content.add_child(instance=draft)

    urls = read_sitemap(client)
    # Not yet translated: its English address shows the Russian text, so only Russian is listed.
    assert urls[full_url(russian_only, "ru")][1] == {}
    assert full_url(russian_only, "en") not in urls
    for page in (private, withdrawn, draft):
        assert full_url(page, "ru") not in urls
        assert full_url(page, "en") not in urls


def test_the_sitemap_costs_the_same_queries_whatever_the_number_of_pages(client, content):
    index = NewsIndexPage.objects.get()

    def queries():
        with CaptureQueriesContext(connection) as captured:
            urls = read_section(client, "/sitemap-1.xml")
        return len(captured), len(urls)

    queries()  # warms Wagtail's cached site root paths, as any earlier request would
    before, listed = queries()
    for n in range(6):
        make_news(index, title=(f"Новость {n}", f"News {n}"))
    after, listed_after = queries()
    assert listed_after == listed + 12
    assert after == before


def test_a_translated_page_names_both_versions_and_a_russian_only_page_names_none(client, content):
    both = publish_child(
        content, bilingual(StandardPage(), ("О сотрудничестве", "On cooperation"), slug=("o-sotr", "on-coop"))
    )
    russian_only = publish_child(content, bilingual(StandardPage(), ("Только на русском", "")))

    urls = read_sitemap(client)
    ru, en = "http://testserver/o-sotr/", "http://testserver/en/on-coop/"
    assert full_url(both, "ru") == ru and full_url(both, "en") == en
    # Each version is listed once, and each names both versions, Russian being the default.
    for loc in (ru, en):
        lastmod, alternates = urls[loc]
        assert alternates == {"ru": ru, "en": en, "x-default": ru}
        modified = datetime.datetime.fromisoformat(lastmod)
        assert abs(modified - both.last_published_at) < datetime.timedelta(seconds=1)
    # A page not yet translated is listed in Russian only, without alternates.
    assert urls[full_url(russian_only, "ru")][1] == {}
    assert full_url(russian_only, "en") not in urls
    assert [loc for loc in urls if "stranica" in loc] == [full_url(russian_only, "ru")]


def test_the_index_and_its_sections_cost_the_same_queries_with_more_pages_and_sections(
    client, content, monkeypatch
):
    """With sections of 2 pages, ten more news items add five sections, not queries."""
    monkeypatch.setattr(sitemap, "SECTION_PAGES", 2)
    index = NewsIndexPage.objects.get()

    def queries(url):
        client.get(url)  # warms Wagtail's cached site root paths, as any earlier request would
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        return len(captured)

    def costs():
        sections = section_urls(client)
        last = sections[-1].removeprefix("http://testserver")
        return len(sections), queries("/sitemap.xml"), queries("/sitemap-1.xml"), queries(last)

    sections, *before = costs()
    for n in range(10):
        make_news(index, title=(f"Новость {n}", f"News {n}"))
    more_sections, *after = costs()
    assert more_sections == sections + 5
    assert after == before


def test_the_sitemap_is_an_index_of_sections_of_at_most_5000_addresses(client, content, monkeypatch):
    assert sitemap.SECTION_PAGES * 2 + 2 * len(SITEMAP_VIEWS) <= 5000
    everything = read_sitemap(client)
    assert len(section_urls(client)) == 1
    # With sections of 10 pages, the same addresses are spread over several sections.
    monkeypatch.setattr(sitemap, "SECTION_PAGES", 10)
    sections = section_urls(client)
    pages = Page.objects.live().public().descendant_of(content, inclusive=True).count()
    assert len(sections) == -(-pages // 10) > 1
    assert sections[1] == "http://testserver/sitemap-2.xml"
    for section in sections:
        assert len(read_section(client, section)) <= 2 * 10 + 2 * len(SITEMAP_VIEWS)
    assert read_sitemap(client) == everything
    assert client.get(f"/sitemap-{len(sections) + 1}.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404


def test_robots_txt_points_at_the_sitemap_and_keeps_out_the_admin_and_search(client, content):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = [line.strip() for line in response.content.decode().splitlines() if line.strip()]
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /admin/", "Disallow: /search/", "Disallow: /en/search/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    # Nothing a visitor reads is kept out.
    assert "Disallow: /" not in lines
    assert "Disallow: /en/" not in lines


def test_the_sitemap_and_robots_live_outside_the_language_prefix(client, content):
    assert client.get("/en/sitemap.xml").status_code == 404
    assert client.get("/en/robots.txt").status_code == 404


def test_lastmod_is_the_publication_time_in_utc_to_the_second(client, content):
    """The database writes <lastmod>: the same text as Python's isoformat of Django's UTC time,
    seconds cut, whatever the site's time zone (Europe/Astrakhan is four hours ahead)."""
    page = publish_child(content, bilingual(StandardPage(), ("Время публикации", "Publication time")))
    published = datetime.datetime(
        2026, 3, 1, 23, 59, 59, 999999, tzinfo=datetime.timezone(datetime.timedelta(hours=4))
    )
    Page.objects.filter(pk=page.pk).update(last_published_at=published)
    never = publish_child(content, bilingual(StandardPage(), ("Без времени", "")))
    Page.objects.filter(pk=never.pk).update(last_published_at=None)
    urls = read_sitemap(client)
    assert urls[full_url(page, "ru")][0] == "2026-03-01T19:59:59+00:00"
    assert urls[full_url(page, "en")][0] == "2026-03-01T19:59:59+00:00"
    assert urls[full_url(never, "ru")][0] is None
