"""A reader subscribes to the news feed in Russian or English."""

import datetime
import email.utils
from xml.etree import ElementTree

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.feedgenerator import Rss201rev2Feed, rfc2822_date
from wagtail.models import PageViewRestriction

from news.models import NewsIndexPage
from tests.support.counting import Built
from tests.support.pages import make_news

from .helpers import read_head

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(content):
    return NewsIndexPage.objects.get()


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


def test_the_news_feed_lists_the_latest_news_in_each_language(client, news_index):
    forum = make_news(
        news_index,
        title=("Итоги медиафорума", "Media forum results"),
        summary=("Журналисты подвели итоги.", "Journalists took stock."),
        date=datetime.date(2024, 5, 2),
    )
    make_news(news_index, title=("Новость без перевода", ""), date=datetime.date(2024, 5, 3))

    ru = read_feed(client, "/feeds/news.xml")
    assert ru.feed.language == "ru"
    assert ru.feed.title == "Астраханская область: международное сотрудничество — Новости"
    assert ru.feed.link == "http://testserver/novosti/"
    assert [e.title for e in ru.entries] == ["Новость без перевода", "Итоги медиафорума"]
    entry = ru.entries[1]
    with translation.override("ru"):
        assert entry.link == f"http://testserver{forum.get_url()}"
    assert entry.summary == "Журналисты подвели итоги."
    assert entry.published_parsed[:3] == (2024, 5, 2)

    en = read_feed(client, "/en/feeds/news.xml")
    assert en.feed.language == "en"
    assert en.feed.link == "http://testserver/en/news/"
    # An item not yet translated is left out of the English feed.
    assert [e.title for e in en.entries] == ["Media forum results"]
    with translation.override("en"):
        assert en.entries[0].link == f"http://testserver{forum.get_url()}"
    assert en.entries[0].summary == "Journalists took stock."


def test_unpublished_and_private_news_stay_out_of_the_feed(client, news_index):
    hidden = make_news(news_index, title=("Закрытая новость", "Private news"))
    gone = make_news(news_index, title=("Снятая новость", "Withdrawn news"))
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    gone.unpublish()
    titles = [e.title for e in read_feed(client, "/en/feeds/news.xml").entries]
    assert "Private news" not in titles
    assert "Withdrawn news" not in titles


def test_a_private_news_list_hides_all_its_news_from_the_feed(client, news_index):
    make_news(news_index, title=("Новость", "Some news"))
    assert read_feed(client, "/en/feeds/news.xml").entries
    restriction = PageViewRestriction.objects.create(
        page=news_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert read_feed(client, "/en/feeds/news.xml").entries == []
    restriction.delete()  # public again: the feed lists it at once
    assert [e.title for e in read_feed(client, "/en/feeds/news.xml").entries] == ["Some news"]


def test_the_feed_costs_the_same_queries_for_two_news_items_or_twelve(client, news_index):
    def queries(expected_items):
        with CaptureQueriesContext(connection) as captured:
            assert len(read_feed(client, "/en/feeds/news.xml").entries) == expected_items
        return len(captured)

    for n in range(2):
        make_news(news_index, title=(f"Новость {n}", f"News {n}"))
    queries(2)  # warms Wagtail's cached site root paths, as any earlier request would
    few = queries(2)
    for n in range(10):
        make_news(news_index, title=(f"Ещё новость {n}", f"More news {n}"))
    assert queries(12) == few


def test_the_feed_builds_no_page_object_per_item(client, news_index):
    """Its items are read as rows (title, summary, date, stored address): a page object
    per item (StreamField bodies, modeltranslation's __init__, get_url) made the feed
    cost twice as much with its twenty items as with one."""

    def built(language_prefix, expected_items):
        with Built() as built:
            assert len(read_feed(client, f"{language_prefix}/feeds/news.xml").entries) == expected_items
        return built.count

    for n in range(2):
        make_news(news_index, title=(f"Новость {n}", f"News {n}"))
    for prefix in ("", "/en"):
        built(prefix, 2)  # warms Wagtail's cached site root paths
    few = {prefix: built(prefix, 2) for prefix in ("", "/en")}
    for n in range(10):
        make_news(news_index, title=(f"Ещё новость {n}", f"More news {n}"))
    assert {prefix: built(prefix, 12) for prefix in ("", "/en")} == few


@pytest.mark.parametrize(
    "url, feed_url",
    [
        ("/", "/feeds/news.xml"),
        ("/en/", "/en/feeds/news.xml"),
        ("/en/partners/azerbaijan/", "/en/feeds/news.xml"),
        ("/pamyatniki/", "/feeds/news.xml"),
        ("/en/search/?q=forum", "/en/feeds/news.xml"),
    ],
)
def test_every_page_lets_a_browser_discover_the_feed(client, content, url, feed_url):
    head = read_head(client.get(url))
    assert head.link(rel="alternate", type="application/rss+xml") == feed_url


def test_a_control_character_in_a_summary_does_not_break_the_feed(client, news_index):
    """A vertical tab pasted from a word processor: XML 1.0 has no place for it, and Django's
    writer refused the whole feed (a 500 for every reader) until an editor found it."""
    make_news(
        news_index,
        title=("Форум\x0b в Баку", "Forum\x0b in Baku"),
        summary=("Итоги\x01 форума.", "Results\x1f of the forum."),
    )
    ru = read_feed(client, "/feeds/news.xml")
    assert ru.entries[0].title == "Форум в\u00a0Баку"
    assert ru.entries[0].summary == "Итоги форума."
    en = read_feed(client, "/en/feeds/news.xml")
    assert (en.entries[0].title, en.entries[0].summary) == ("Forum in Baku", "Results of the forum.")


def test_the_feed_is_the_document_djangos_rss_writer_makes_of_the_same_items(client, news_index):
    """The feed is written in one pass (``seo.rss``); a reader gets the very bytes Django's
    ``Rss201rev2Feed`` writes for the same channel and items: escaping, empty elements,
    attributes, dates."""
    make_news(
        news_index,
        title=("Ток-шоу «Каспий» & <партнёры>", 'Talk show "Caspian" & <partners>'),
        summary=("Сказал: 'да' — 5 000 гостей.", ""),
        date=datetime.date(2024, 2, 29),
    )
    make_news(news_index, title=("Новость без перевода", ""), date=datetime.date(2023, 12, 31))
    for url in ("/feeds/news.xml", "/en/feeds/news.xml"):
        ours = client.get(url).content.decode()
        channel = ElementTree.fromstring(ours).find("channel")
        django_feed = Rss201rev2Feed(
            title=channel.findtext("title"),
            link=channel.findtext("link"),
            description=channel.findtext("description"),
            language=channel.findtext("language"),
            feed_url=channel.find("{http://www.w3.org/2005/Atom}link").get("href"),
        )
        for item in channel.iter("item"):
            django_feed.add_item(
                title=item.findtext("title"),
                link=item.findtext("link"),
                description=item.findtext("description"),
                pubdate=email.utils.parsedate_to_datetime(item.findtext("pubDate")),
                unique_id=item.findtext("guid"),
                unique_id_is_permalink=True,
            )
        # lastBuildDate is the items' last publication, which the document does not show.
        build_date = "<lastBuildDate>{}</lastBuildDate>"
        theirs = django_feed.writeString("utf-8").replace(
            build_date.format(rfc2822_date(django_feed.latest_post_date())),
            build_date.format(channel.findtext("lastBuildDate")),
        )
        assert ours == theirs
        assert "&amp; &lt;" in ours
    assert "<description/>" in ours  # the English item has no summary yet
