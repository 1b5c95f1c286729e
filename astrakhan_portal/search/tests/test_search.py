"""A visitor searches the site in their own language and finds published pages only."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction

from astrakhan_portal.search.indexing import rebuild
from astrakhan_portal.search.models import SearchEntry
from news.models import NewsIndexPage
from standard.models import StandardPage
from tests.support.pages import bilingual, make_news, publish_child

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="word forms (stemming) need PostgreSQL full-text search: "
    "set DATABASE_URL to a PostgreSQL database to run this test",
)


def found(client, url):
    """[(address, title)] of the results listed on a search page (Russian typography's
    non-breaking spaces read as spaces)."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    listing = re.search(r'<ol class="search-results"[^>]*>(.*?)</ol>', html, re.S)
    if listing is None:
        return []
    return [
        (url, title.replace("\xa0", " "))
        for url, title in re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', listing.group(1))
    ]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.fixture
def news_index(content):
    return NewsIndexPage.objects.get()


@pytest.fixture
def shipyard_news(news_index):
    return make_news(
        news_index,
        title=("Делегация на верфях", "A delegation at the shipyards"),
        summary=("Гости осмотрели верфи.", "The guests toured the yards."),
        body=("Обсуждали судостроение и земснаряды.", "They discussed shipbuilding and dredgers."),
    )


def test_a_visitor_finds_a_news_item_by_its_title_summary_or_body_in_their_language(client, shipyard_news):
    ru_url, en_url = url_in(shipyard_news, "ru"), url_in(shipyard_news, "en")
    for word in ("делегация", "осмотрели", "судостроение"):
        assert (ru_url, "Делегация на верфях") in found(client, f"/search/?q={word}"), word
    for word in ("delegation", "toured", "shipbuilding"):
        assert (en_url, "A delegation at the shipyards") in found(client, f"/en/search/?q={word}"), word


def test_each_language_searches_only_its_own_text(client, shipyard_news):
    assert found(client, "/en/search/?q=судостроение") == []
    assert found(client, "/search/?q=shipbuilding") == []


def test_capital_letters_do_not_matter_in_either_alphabet(client, shipyard_news):
    upper = found(client, "/search/?q=СУДОСТРОЕНИЕ")
    assert (url_in(shipyard_news, "ru"), "Делегация на верфях") in upper
    assert upper == found(client, "/search/?q=судостроение")
    upper = found(client, "/en/search/?q=ShipBuilding")
    assert (url_in(shipyard_news, "en"), "A delegation at the shipyards") in upper
    assert upper == found(client, "/en/search/?q=shipbuilding")


def test_every_word_must_match(client, shipyard_news):
    news = (url_in(shipyard_news, "en"), "A delegation at the shipyards")
    assert news in found(client, "/en/search/?q=shipbuilding+dredgers")
    assert news not in found(client, "/en/search/?q=shipbuilding+tractor")


def test_a_page_not_yet_translated_is_found_in_russian_only(client, content):
    page = bilingual(StandardPage(), ("Паромная переправа", ""), summary=("Про паром.", ""))
    publish_child(content, page)
    assert found(client, "/search/?q=паромная") == [(url_in(page, "ru"), "Паромная переправа")]
    assert found(client, "/en/search/?q=паромная") == []


def test_the_initial_content_is_searchable_in_both_languages(client, content):
    assert ("/en/partners/kazakhstan/", "Kazakhstan") in found(client, "/en/search/?q=Kazakhstan")
    titles = [title for _url, title in found(client, "/search/?q=Казахстан")]
    assert "Казахстан" in titles


def test_drafts_unpublished_and_private_pages_are_not_found(client, news_index):
    news = make_news(news_index, title=("Ярмарка белорусских товаров", "A fair of Belarusian goods"))
    url = url_in(news, "ru")

    def addresses(query):
        return [address for address, _title in found(client, f"/search/?q={query}")]

    assert url in addresses("ярмарка")

    # An editor saves a draft with a new title: the visitor still finds the published text.
    news.title = news.title_ru = "Выставка белорусских товаров"
    news.save_revision()
    assert url in addresses("ярмарка")
    assert url not in addresses("выставка")

    # Publishing the draft replaces the text that is found.
    news.get_latest_revision().publish()
    assert url not in addresses("ярмарка")
    assert url in addresses("выставка")

    # A page behind a password is not listed.
    restriction = PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert url not in addresses("выставка")
    restriction.delete()
    assert url in addresses("выставка")

    news.unpublish()
    assert url not in addresses("выставка")
    assert (url_in(news, "en"), "A fair of Belarusian goods") not in found(client, "/en/search/?q=fair")
    assert not SearchEntry.objects.filter(page=news).exists()


def test_results_are_paginated_with_a_fixed_number_of_queries(client, news_index):
    for n in range(12):
        make_news(news_index, title=(f"Регата {n}", f"Regatta {n}"))
    response = client.get("/en/search/?q=regatta")
    html = response.content.decode()
    assert "12 pages found." in html
    first = found(client, "/en/search/?q=regatta")
    second = found(client, "/en/search/?q=regatta&page=2")
    assert len(first) == 10 and len(second) == 2
    assert not {url for url, _ in first} & {url for url, _ in second}
    assert 'href="?q=regatta&amp;page=2"' in html

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    # Two results or ten on a page: the same number of SQL queries.
    assert queries("/en/search/?q=regatta+11") == queries("/en/search/?q=regatta")

    # A page past the end, or no number at all, still shows results and says why.
    past_the_end = client.get("/en/search/?q=regatta&page=7").content.decode()
    assert "There is no such page; showing the last page." in past_the_end
    assert "12 pages found." in past_the_end
    assert found(client, "/en/search/?q=regatta&page=7") == second
    assert found(client, "/en/search/?q=regatta&page=0") == second
    assert found(client, "/en/search/?q=regatta&page=x") == first
    # A page number too large for the database's integers is past the end too.
    huge = client.get("/en/search/?q=regatta&page=99999999999999999999")
    assert huge.status_code == 200
    assert "There is no such page; showing the last page." in huge.content.decode()
    assert found(client, "/en/search/?q=regatta&page=99999999999999999999") == second


@pytest.mark.parametrize(
    "url, message",
    [
        ("/search/?q=", "Введите одно-два слова для поиска."),
        ("/en/search/?q=++", "Type a word or two to search for."),
        ("/en/search/?q=%01%02", "Type a word or two to search for."),
        ("/search/?q=" + "ы" * 5000, "Слишком длинный запрос; он сокращён до 200 символов."),
        ("/en/search/?q=" + "a" * 201, "The search text is too long; it was shortened to 200 characters."),
        ("/en/search/?q=!!!+%3F", "Search for words or numbers: “!!! ?” has neither."),
        ("/search/?q=%22%27(", "Ищите слова или числа: в запросе «&quot;&#x27;(» их нет."),
    ],
)
def test_empty_huge_and_odd_queries_get_a_clear_message(client, content, url, message):
    response = client.get(url)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ['"форум', "форум & | ! :* (", "-", "a' OR 1=1 --", "100%", "_", "\\", "верф*", "<script>"],
)
def test_characters_with_a_meaning_in_sql_or_search_syntax_are_plain_text(client, shipyard_news, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>", 1)[1]


def test_the_query_is_shown_back_and_nothing_found_is_said_plainly(client, content):
    html = client.get("/en/search/?q=zzyzx").content.decode()
    assert 'value="zzyzx"' in html
    assert "Nothing was found for “zzyzx”." in html


def test_search_pages_are_kept_out_of_search_engines(client, content):
    for url in ("/search/", "/en/search/?q=forum"):
        assert '<meta name="robots" content="noindex' in client.get(url).content.decode()


def test_rebuilding_restores_lost_entries(client, shipyard_news):
    SearchEntry.objects.all().delete()
    assert found(client, "/search/?q=судостроение") == []
    assert rebuild() > 40
    assert (url_in(shipyard_news, "ru"), "Делегация на верфях") in found(client, "/search/?q=судостроение")


@pytest.mark.parametrize(
    "query, expected",
    [
        ("форум", "Форумы и фестивали"),
        ("университеты", "Технический университет"),
        ("форумах", "Форумы и фестивали"),
    ],
)
@pytest.mark.postgres
@postgres_only
def test_russian_word_forms_match_on_postgresql(client, content, query, expected):
    for title, summary in (
        ("Форумы и фестивали", "Каспийские встречи."),
        ("Технический университет", "Учёба в Астрахани."),
    ):
        publish_child(content, bilingual(StandardPage(), (title, ""), summary=(summary, "")))
    titles = [title for _url, title in found(client, f"/search/?q={query}")]
    assert expected in titles


@pytest.mark.parametrize(
    "query, expected",
    [
        ("universities", "A technical university"),
        ("cooperating", "Regional cooperation"),
        ("forum", "Forums and festivals"),
    ],
)
@pytest.mark.postgres
@postgres_only
def test_english_word_forms_match_on_postgresql(client, content, query, expected):
    for ru, en in (
        ("Технический университет", "A technical university"),
        ("Региональное сотрудничество", "Regional cooperation"),
        ("Форумы и фестивали", "Forums and festivals"),
    ):
        publish_child(content, bilingual(StandardPage(), (ru, en)))
    titles = [title for _url, title in found(client, f"/en/search/?q={query}")]
    assert expected in titles


def test_a_title_match_ranks_above_a_body_match(client, content):
    publish_child(content, bilingual(StandardPage(), ("Про туризм", "About tourism"), body=("", "Ferries.")))
    publish_child(content, bilingual(StandardPage(), ("Паромы", "Ferries"), body=("", "Boats.")))
    titles = [title for _url, title in found(client, "/en/search/?q=ferries")]
    assert titles.index("Ferries") < titles.index("About tourism")


def test_a_deleted_page_is_no_longer_found_and_a_moved_page_is_found_at_its_new_address(client, content):
    about = StandardPage.objects.live().child_of(content).order_by("path").first()
    page = publish_child(content, bilingual(StandardPage(), ("Лоцманская служба", "Pilot service")))
    page.move(about, pos="last-child")
    page.refresh_from_db()
    assert found(client, "/en/search/?q=pilot") == [(url_in(page, "en"), "Pilot service")]
    assert url_in(page, "en").startswith(url_in(about, "en"))
    page.delete()
    assert found(client, "/en/search/?q=pilot") == []


@pytest.mark.postgres
@postgres_only
def test_the_stemmed_text_is_stored_on_publish_and_searched_through_an_index(client, shipyard_news):
    """Each entry's document is stemmed once, when it is written, not on every search."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT language, document::text FROM {SearchEntry._meta.db_table} WHERE page_id = %s",
            [shipyard_news.pk],
        )
        documents = dict(cursor.fetchall())
    assert "'верф':" in documents["ru"] and "'судостроен':" in documents["ru"]
    assert "'shipyard':" in documents["en"] and "'dredger':" in documents["en"]

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [SearchEntry._meta.db_table]
        )
        indexes = dict(cursor.fetchall())
    for language in ("ru", "en"):
        definition = indexes[f"search_entry_document_{language}"]
        assert "USING gin (document)" in definition and f"'{language}'" in definition

    from astrakhan_portal.search.query import FULL_TEXT_SQL

    assert "to_tsvector" not in FULL_TEXT_SQL and "entry.document @@ query.q" in FULL_TEXT_SQL
