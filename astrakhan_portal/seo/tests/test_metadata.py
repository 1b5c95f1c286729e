"""What search engines and link previews read in each page's head, in the page's language."""

import datetime
import json

import pytest
from django.utils import timezone, translation
from PIL import Image as PillowImage
from wagtail.models import Page

from astrakhan_portal.core.typography import typeset_text
from events.models import EventSeriesPage
from monuments.models import MonumentPage
from news.models import NewsIndexPage, NewsPage
from standard.models import StandardPage
from tests.support.pages import add_edition, bilingual, make_news, publish_child

from .helpers import make_image, read_head

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_renditions_from_earlier_tests():
    """Rendition lookups are cached by image id, which a rolled-back test may reuse."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


def full_url(page, language):
    with translation.override(language):
        return f"http://testserver{page.get_url()}"


def get_head(client, page, language):
    with translation.override(language):
        url = page.get_url()
    return read_head(client.get(url))


def one_of_each_type(content):
    seen = {}
    for page in Page.objects.live().descendant_of(content, inclusive=True).specific():
        seen.setdefault(type(page).__name__, page)
    return seen


@pytest.mark.parametrize("language, locale, other", [("ru", "ru_RU", "en_US"), ("en", "en_US", "ru_RU")])
def test_every_page_type_has_a_canonical_address_description_and_preview_tags(
    client, content, language, locale, other
):
    make_news(NewsIndexPage.objects.get(), summary=("Кратко.", "In brief."))
    for name, page in one_of_each_type(content).items():
        head = get_head(client, page, language)
        own = full_url(page, language)
        assert head.link(rel="canonical") == own, name
        assert head.hreflangs() == {
            "ru": full_url(page, "ru"),
            "en": full_url(page, "en"),
            "x-default": full_url(page, "ru"),
        }, name
        # Russian texts are typeset (non-breaking spaces written as the character itself).
        shown = typeset_text if language == "ru" else str
        summary = getattr(page, f"summary_{language}")
        if summary:
            assert head.meta["description"] == shown(summary[:300]), name
            assert head.meta["og:description"] == head.meta["twitter:description"] == head.meta["description"]
        title = getattr(page, f"seo_title_{language}") or getattr(page, f"title_{language}")
        assert head.meta["og:title"] == head.meta["twitter:title"] == shown(title), name
        assert head.meta["og:url"] == own
        assert head.meta["og:locale"] == locale
        assert head.meta_lists["og:locale:alternate"] == [other]
        assert head.meta["og:type"] == ("article" if name == "NewsPage" else "website")
        assert head.meta["og:site_name"]
        assert head.meta["twitter:card"] == "summary"


def test_a_news_item_with_a_picture_is_shared_with_a_1200_by_630_image(client, content, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    news = make_news(
        NewsIndexPage.objects.get(),
        title=("Делегация в порту Оля", "A delegation at the port of Olya"),
        summary=("Гости осмотрели порт.", "The guests toured the port."),
        date=datetime.date(2024, 6, 3),
    )
    news.image = make_image(size=(2000, 1500))
    news.image_alt_ru, news.image_alt_en = "Причал порта", "The port's pier"
    news.save_revision().publish()

    head = get_head(client, news, "en")
    image_url = head.meta["og:image"]
    assert image_url.startswith("http://testserver/")
    assert (head.meta["og:image:width"], head.meta["og:image:height"]) == ("1200", "630")
    assert head.meta["og:image:alt"] == head.meta["twitter:image:alt"] == "The port's pier"
    assert head.meta["twitter:card"] == "summary_large_image"
    assert head.meta["twitter:image"] == image_url
    assert head.meta["article:published_time"] == "2024-06-03"
    # The rendition really is 1200×630.
    path = tmp_path / image_url.removeprefix("http://testserver/media/")
    with PillowImage.open(path) as picture:
        assert picture.size == (1200, 630)

    [article] = head.json_ld
    assert article["@context"] == "https://schema.org"
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "A delegation at the port of Olya"
    assert article["description"] == "The guests toured the port."
    assert article["datePublished"] == "2024-06-03"
    assert datetime.datetime.fromisoformat(article["dateModified"]) <= timezone.now()
    assert article["inLanguage"] == "en"
    assert article["url"] == article["mainEntityOfPage"] == full_url(news, "en")
    assert article["image"] == [image_url]
    assert article["publisher"]["@type"] == "GovernmentOrganization"
    assert article["publisher"]["name"] == "Government of Astrakhan Region"
    assert article["publisher"]["url"] == "http://testserver/en/"

    [russian] = get_head(client, news, "ru").json_ld
    assert russian["headline"] == "Делегация в порту Оля"
    assert russian["inLanguage"] == "ru"
    assert russian["publisher"]["name"] == "Правительство Астраханской области"


def test_a_news_item_whose_image_file_is_missing_still_renders(client, content, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    news = make_news(NewsIndexPage.objects.get())
    image = make_image()
    (tmp_path / image.file.name).unlink()
    NewsPage.objects.filter(pk=news.pk).update(image=image)
    head = get_head(client, news, "ru")
    assert "og:image" not in head.meta
    assert head.meta["twitter:card"] == "summary"


def test_the_home_page_describes_the_regional_government(client, content):
    [org] = get_head(client, content, "ru").json_ld
    assert org["@type"] == "GovernmentOrganization"
    assert org["name"] == "Правительство Астраханской области"
    assert org["url"] == "http://testserver/"
    assert org["areaServed"]["name"] == "Астраханская область"
    assert org["description"] == content.summary_ru

    [org] = get_head(client, content, "en").json_ld
    assert org["name"] == "Government of Astrakhan Region"
    assert org["url"] == "http://testserver/en/"
    assert org["description"] == content.summary_en


def test_an_event_series_page_describes_each_upcoming_edition_as_an_event(client, content):
    series = EventSeriesPage.objects.live().order_by("path").first()
    today = timezone.localdate()
    for start, end, venue in (
        (today - datetime.timedelta(days=300), today - datetime.timedelta(days=298), ("Прошлое", "Past")),
        (today + datetime.timedelta(days=10), today + datetime.timedelta(days=12), ("Кремль", "The Kremlin")),
        (today + datetime.timedelta(days=370), today + datetime.timedelta(days=371), ("Порт", "The port")),
    ):
        add_edition(series, start, end, venue)

    events = get_head(client, series, "en").json_ld
    assert [e["@type"] for e in events] == ["Event", "Event"]
    first, second = events
    assert first["name"] == series.title_en
    assert first["startDate"] == (today + datetime.timedelta(days=10)).isoformat()
    assert first["endDate"] == (today + datetime.timedelta(days=12)).isoformat()
    assert first["location"] == {"@type": "Place", "name": "The Kremlin", "address": "The Kremlin"}
    assert second["location"]["name"] == "The port"
    assert first["url"] == full_url(series, "en")
    assert first["eventStatus"] == "https://schema.org/EventScheduled"
    assert first["inLanguage"] == "en"

    ru_events = get_head(client, series, "ru").json_ld
    assert [e["location"]["name"] for e in ru_events] == ["Кремль", "Порт"]
    assert ru_events[0]["name"] == series.title_ru

    # The event list describes every upcoming edition too.
    index_events = get_head(client, series.get_parent(), "en").json_ld
    assert [e["location"]["name"] for e in index_events] == ["The Kremlin", "The port"]


def test_a_monument_page_describes_a_place(client, content):
    monument = MonumentPage.objects.live().order_by("path").first()
    [place] = get_head(client, monument, "en").json_ld
    assert place["@type"] == "Place"
    assert place["name"] == monument.title_en
    assert place["address"] == monument.location_en
    assert place["url"] == full_url(monument, "en")
    [place] = get_head(client, monument, "ru").json_ld
    assert place["name"] == monument.title_ru
    assert place["address"] == monument.location_ru


def test_a_page_not_yet_translated_points_search_engines_at_its_russian_version(client, content):
    page = publish_child(
        content, bilingual(StandardPage(), ("Только по-русски", ""), summary=("Описание.", ""))
    )
    head = get_head(client, page, "en")
    ru = full_url(page, "ru")
    assert head.link(rel="canonical") == ru
    # Only one version: no language alternates at all.
    assert head.hreflangs() == {}
    assert head.meta["og:locale"] == "ru_RU"
    assert "og:locale:alternate" not in head.meta


def test_a_title_that_looks_like_markup_cannot_break_out_of_the_json(client, content):
    news = make_news(
        NewsIndexPage.objects.get(), title=('Итоги </script><script>alert("x")', "Results & <b>")
    )
    html = client.get(full_url(news, "ru").removeprefix("http://testserver")).content.decode()
    assert '</script><script>alert("x")' not in html
    [article] = get_head(client, news, "ru").json_ld
    assert article["headline"] == 'Итоги </script><script>alert("x")'
    [article] = get_head(client, news, "en").json_ld
    assert article["headline"] == "Results & <b>"


def test_views_that_are_not_pages_have_a_canonical_address_and_language_versions(client, content):
    head = read_head(client.get("/en/search/?q=forum"))
    assert head.link(rel="canonical") == "http://testserver/en/search/"
    assert head.hreflangs() == {
        "ru": "http://testserver/search/",
        "en": "http://testserver/en/search/",
        "x-default": "http://testserver/search/",
    }
    assert head.meta["robots"].startswith("noindex")
    assert head.json_ld == []


def test_json_ld_blocks_are_valid_json_on_every_page(client, content):
    for page in Page.objects.live().descendant_of(content, inclusive=True):
        for language in ("ru", "en"):
            for block in get_head(client, page, language).json_ld:
                assert block["@context"] == "https://schema.org"
                json.dumps(block)
