"""Addresses find their page in both languages, with a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from astrakhan_portal.core.testing import bilingual, make_news
from astrakhan_portal.standard.models import StandardPage
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_an_untranslated_page_lives_under_en_with_its_russian_slug(client, content):
    about = StandardPage.objects.get(slug_en="about")
    page = bilingual(StandardPage(), ("Только по-русски", ""), slug=("tolko-po-russki", ""))
    about.add_child(instance=page)
    page.save_revision().publish()

    assert client.get("/o-sotrudnichestve/tolko-po-russki/").status_code == 200
    response = client.get("/en/about/tolko-po-russki/")
    assert response.status_code == 200
    assert "Только по-русски" in response.content.decode()


def test_a_translated_page_answers_only_to_its_own_slug_in_each_language(client, content):
    assert client.get("/en/partners/kazakhstan/").status_code == 200
    assert client.get("/partnery/kazahstan/").status_code == 200
    assert client.get("/en/partners/kazahstan/").status_code == 404
    assert client.get("/partnery/kazakhstan/").status_code == 404
    assert client.get("/partnery/kazahstan/lishnee/").status_code == 404


def test_a_draft_is_not_served_at_its_address(client, content):
    index = NewsIndexPage.objects.get()
    draft = bilingual(NewsPage(), ("Черновик новости", "Draft news"))
    index.add_child(instance=draft)
    draft.unpublish()
    with translation.override("ru"):
        url = f"/novosti/{draft.slug_ru}/"
    assert client.get(url).status_code == 404


def test_showing_a_news_item_costs_the_same_however_many_news_there_are(client, content):
    index = NewsIndexPage.objects.get()
    first = make_news(index, title=("Первая новость", "First news item"))
    with translation.override("ru"):
        url = first.get_url()

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    client.get(url)
    few = queries()
    for n in range(8):
        make_news(index, title=(f"Новость {n}", f"News item {n}"))
    assert queries() == few
