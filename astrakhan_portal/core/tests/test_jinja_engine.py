"""The cards of lists and the frame of every page are Jinja2 templates (core/jinja_engine.py)
rendered from Django's templates: what a visitor reads in them is escaped exactly as Django
escapes it and translated from the same catalogs, and a misconfigured engine or an unknown card
is an error in the tests, not a page without its cards."""

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.template import Context, Template, engines
from django.utils import translation
from django.utils.safestring import mark_safe
from jinja2 import DebugUndefined, DictLoader, TemplateNotFound

from astrakhan_portal.core.jinja_engine import environment
from astrakhan_portal.core.rows import PageRow
from news.models import NewsIndexPage
from tests.support.cards import address, card_of
from tests.support.factories import NewsPageFactory

TRICKY = "<b>\"A & B\"</b> 'x'"


def cards(source, **context):
    return Template("{% load cards %}" + source).render(Context(context))


def test_text_is_escaped_as_django_escapes_it_and_safe_markup_is_kept():
    django = Template("{{ text }}|{{ markup }}").render(
        Context({"text": TRICKY, "markup": mark_safe("<i>ok</i>")})
    )
    env = engines["jinja2"].env
    jinja = env.from_string("{{ text }}|{{ markup }}").render(text=TRICKY, markup=mark_safe("<i>ok</i>"))
    assert jinja == django == "&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt; &#x27;x&#x27;|<i>ok</i>"


@pytest.mark.django_db
def test_a_news_title_with_markup_and_quotes_reaches_the_list_as_text(client):
    item = NewsPageFactory(title_ru=TRICKY, title_en="", slug_ru="kavychki", date=datetime.date(2025, 5, 9))
    html = client.get(address(NewsIndexPage.objects.get(), "ru")).content.decode()
    card = card_of(html, item, "ru")
    assert "&lt;b&gt;&quot;A &amp;" in card and "<b>" not in card
    assert '<time datetime="2025-05-09">9\u00a0мая 2025\u00a0г.</time>' in card


def test_a_row_card_shows_its_date_title_summary_and_language():
    row = PageRow(
        {
            "id": 5,
            "date": datetime.date(2026, 9, 25),
            "title_ru": "Встреча в Баку",
            "title_en": "",
            "summary_ru": "Итоги — 2026 г.",
            "summary_en": "",
        },
        "/en/news/meeting/",
        "en",
    )
    with translation.override("en"):
        html = cards('<ul>{% card_items "news" items %}</ul>', items=[row])
    assert '<time datetime="2026-09-25">25 September 2026</time>' in html
    assert (
        '<h3 class="card__title" lang="ru"><a class="card__link" href="/en/news/meeting/">Встреча в\u00a0Баку</a></h3>'
        in html
    )
    assert '<p class="card__summary" lang="ru">Итоги\u00a0— 2026\u00a0г.</p>' in html
    assert html.startswith("<ul><li>") and html.endswith("</li></ul>")


def test_an_empty_list_has_no_cards_and_an_unknown_card_is_an_error():
    assert cards('{% card_items "page" items %}', items=[]) == ""
    with pytest.raises(TemplateNotFound):
        cards('{% card_items "pages" items %}', items=[])


def test_the_engine_refuses_jinja2_autoescaping_on_top_of_its_own():
    with pytest.raises(ImproperlyConfigured):
        environment(autoescape=True)


@pytest.mark.django_db
def test_the_frame_is_written_in_the_visitors_language(client, content):
    russian = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert (
        '<form class="site-search" method="get" action="/search/" role="search" aria-label="Поиск на сайте">'
        in russian
    )
    assert (
        '<form class="site-search" method="get" action="/en/search/" role="search" aria-label="Site search">'
        in english
    )
    assert '<h2 class="site-footer__title" id="footer-sections">Разделы сайта</h2>' in russian
    assert '<h2 class="site-footer__title" id="footer-sections">Site sections</h2>' in english
    assert (
        'title="Астраханская область: международное сотрудничество — Новости" href="/feeds/news.xml">'
        in russian
    )


def test_an_absent_view_gives_no_address_and_a_missing_name_writes_nothing_even_in_development():
    source = (
        '[{{ optional_url("no-such-view") }}][{{ url("search") }}][{{ meta.description }}][{{ nothing }}]'
    )
    with translation.override("en"):
        assert engines["jinja2"].env.from_string(source).render(meta={}) == "[][/en/search/][][]"
    # Django's backend asks for DebugUndefined when DEBUG is on; the page would then show it.
    development = environment(
        loader=DictLoader({"t": "[{{ meta.description }}][{{ nothing }}]"}), undefined=DebugUndefined
    )
    assert development.get_template("t").render(meta={}) == "[][]"


def test_the_frame_renders_from_a_bare_context_as_django_would():
    """A context without the request and the context processors' names (a template rendered
    outside a view): no menu, no footer texts, and a missing name is empty, not "None"."""
    with translation.override("ru"):
        header = Template('{% load navigation_tags %}{% frame "header" %}').render(Context({}))
        footer = Template('{% load navigation_tags %}{% frame "footer" %}').render(Context({}))
    assert '<a class="vi-link" href="/accessibility/?next=">' in header
    assert '<a class="site-header__brand" href="/">' in header
    assert "None" not in header + footer and "main-menu" not in header
    assert '<li><a href="/search/">Поиск</a></li>' in footer and "site-footer__about" not in footer
