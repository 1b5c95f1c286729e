"""The language switcher, hreflang alternates and untranslated pages."""

import re

import pytest
from django.utils import translation
from wagtail.models import Page

from standard.models import StandardPage
from tests.support.pages import bilingual, publish_child

pytestmark = pytest.mark.django_db


def switcher_link(html, language):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    match = re.search(rf'<a href="([^"]+)" hreflang="{language}"', nav)
    return match.group(1) if match else None


def test_the_switcher_leads_every_page_to_its_counterpart_and_back(client, content):
    pages = list(Page.objects.live().descendant_of(content, inclusive=True).specific())
    assert len(pages) > 40
    for page in pages:
        with translation.override("ru"):
            ru_url = page.get_url()
        with translation.override("en"):
            en_url = page.get_url()
        assert ru_url != en_url
        ru_html = client.get(ru_url).content.decode()
        assert switcher_link(ru_html, "en") == en_url, page
        en_response = client.get(en_url)
        assert en_response.status_code == 200, en_url
        en_html = en_response.content.decode()
        assert switcher_link(en_html, "ru") == ru_url, page
        assert f'hreflang="ru" href="http://testserver{ru_url}"' in en_html
        assert f'hreflang="en" href="http://testserver{en_url}"' in ru_html


def test_the_switcher_keeps_the_listing_filters(client, content):
    html = client.get("/proekty/?country=az&sphere=trade").content.decode()
    assert switcher_link(html, "en") == "/en/projects/?country=az&amp;sphere=trade"


def test_the_switcher_drops_unknown_repeated_or_huge_parameters(client, content):
    html = client.get("/proekty/?utm_source=x&country=kz&country=az&sphere=").content.decode()
    assert switcher_link(html, "en") == "/en/projects/?country=az"
    html = client.get("/en/search/?q=forum&page=2&fbclid=1").content.decode()
    assert switcher_link(html, "ru") == "/search/?q=forum&amp;page=2"
    # A robot's megabyte-long query is not copied into the page (found by the fuzz test).
    huge = client.get("/en/projects/?" + "&".join(["sphere=" + "ы" * 500] * 500))
    assert switcher_link(huge.content.decode(), "ru") == "/proekty/"
    assert len(huge.content) < 200_000


def test_an_untranslated_page_shows_russian_text_with_a_notice(client, content):
    page = bilingual(
        StandardPage(),
        ("Только по-русски", ""),
        summary=("Краткое описание.", ""),
        body=("Текст страницы на русском.", ""),
        slug=("tolko-po-russki", ""),
    )
    publish_child(content, page)
    with translation.override("en"):
        url = page.get_url()
    assert url.startswith("/en/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "has not been translated into English yet" in html
    assert re.search(r'<header class="page-header" lang="ru">\s*<h1>Только по-русски</h1>', html)
    assert re.search(r'<div class="body" lang="ru">\s*<p>Текст страницы на русском.</p>', html)
    # The Russian version has no notice.
    with translation.override("ru"):
        ru_url = page.get_url()
    ru_html = client.get(ru_url).content.decode()
    assert "не переведена" not in ru_html and "not been translated" not in ru_html


def test_a_translated_page_has_no_notice(client, content):
    html = client.get("/en/about/").content.decode()
    assert "not been translated" not in html
    assert '<div class="body" lang="en">' in html
