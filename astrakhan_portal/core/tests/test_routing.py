"""Addresses find their page in both languages, with a fixed number of queries."""

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import translation
from wagtail import hooks
from wagtail.models import Page

from astrakhan_portal.core import routing
from news.models import NewsIndexPage, NewsPage
from standard.models import StandardPage
from tests.support.pages import bilingual, make_news

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


def add_news(index, n):
    page = bilingual(NewsPage(), (f"Новость {n}", f"News {n}"), slug=(f"novost-{n}", f"news-{n}"))
    index.add_child(instance=page)
    return page


def cost_of_showing(client, url):
    """(queries, model instances built) of one visit to ``url``."""
    built = []

    def seen(**kwargs):
        built.append(kwargs["sender"])

    post_init.connect(seen, weak=False)
    try:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
    finally:
        post_init.disconnect(seen)
    return len(captured.captured_queries), len(built)


@pytest.mark.parametrize("prefix, language", [("", "ru"), ("/en", "en")])
def test_a_news_item_among_thirty_costs_what_it_costs_among_three(client, content, prefix, language):
    index = NewsIndexPage.objects.get()
    subject = add_news(index, 0)
    for n in range(1, 4):
        add_news(index, n)
    with translation.override(language):
        url = subject.get_url()
    assert url.startswith(f"{prefix}/")
    client.get(url)
    few = cost_of_showing(client, url)
    for n in range(4, 31):
        add_news(index, n)
    assert cost_of_showing(client, url) == few


def test_pages_are_served_by_the_portals_view_at_wagtails_addresses(content):
    assert resolve("/novosti/").func is routing.serve
    assert resolve("/en/news/").func is routing.serve
    assert reverse("wagtail_serve", args=("novosti/",)) == "/novosti/"
    # Wagtail's other public addresses (the password form of restricted pages) stay.
    assert reverse("wagtailcore_authenticate_with_password", args=(1, 2)).startswith("/_util/")


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_page_is_found_where_wagtail_and_modeltranslation_find_it(content, language):
    """The lookup by stored address answers what the libraries' own routing answers,
    so a change in either library's routing shows up here."""
    factory = RequestFactory()
    pages = Page.objects.live().filter(depth__gt=2).specific()
    assert pages
    with translation.override(language):
        for page in pages:
            path = page.get_url().removeprefix("/en")
            ours = routing.route_for_request(factory.get(page.get_url()), path)
            theirs = Page.route_for_request(factory.get(page.get_url()), path)
            assert ours is not None and theirs is not None, path
            assert (ours[0].pk, ours[1], ours[2]) == (theirs[0].pk, theirs[1], theirs[2]), path
            assert type(ours[0]) is type(theirs[0])
            assert routing.route_for_request(factory.get("/"), path + "no-such-page/") is None


def test_wagtails_serving_hooks_run_around_the_portals_view(client, content):
    seen = []

    def before(page, request, args, kwargs):
        seen.append(("before", page.slug_en))
        if request.GET.get("stop"):
            return HttpResponse("stopped by a hook")

    def around(serve):
        def wrapped(page, request, args, kwargs):
            seen.append(("around", page.slug_en))
            return serve(page, request, args, kwargs)

        return wrapped

    with hooks.register_temporarily([("before_serve_page", before), ("on_serve_page", around)]):
        assert client.get("/en/news/").status_code == 200
        assert seen == [("before", "news"), ("around", "news")]
        assert client.get("/en/news/?stop=1").content == b"stopped by a hook"


def test_the_portals_view_runs_the_steps_of_wagtails_own():
    """``core.routing.serve`` is Wagtail's ``serve`` with another way to find the page:
    if Wagtail's view gains a step, this fails and the portal's must gain it too."""
    import inspect

    from wagtail import views

    source = inspect.getsource(views.serve)
    steps = [
        "Page.route_for_request(request, path)",
        '"on_serve_page"',
        '"before_serve_page"',
        "on_serve_chain(",
    ]
    assert [source.index(step) for step in steps] == sorted(source.index(step) for step in steps)
    assert source.count("hooks.get_hooks") == 2


def test_view_restrictions_are_wagtails_in_one_query(content):
    """``BasePage.get_view_restrictions``: the page's and its ancestors' restrictions, an
    alias (the page or an ancestor) answering with its source's own, as Wagtail's method."""
    from wagtail.models import PageViewRestriction

    about = StandardPage.objects.get(slug_en="about")
    child = bilingual(StandardPage(), ("Вложенная", "Nested"), slug=("vlozhennaya", "nested"))
    about.add_child(instance=child)
    child.save_revision().publish()
    sections = StandardPage.objects.exclude(pk=about.pk).filter(depth=about.depth)
    alias = child.create_alias(parent=sections.first(), update_slug="nested-alias")

    def both(page):
        with CaptureQueriesContext(connection) as queries:
            ours = sorted(r.pk for r in page.get_view_restrictions())
        assert len(queries) == 1
        return ours, sorted(r.pk for r in Page.get_view_restrictions(page))

    assert both(child) == ([], [])
    on_about = PageViewRestriction.objects.create(page=about, restriction_type="password", password="x")
    assert both(child) == ([on_about.pk], [on_about.pk])
    assert both(alias.specific) == ([], [])  # not under "about": its source's own only
    on_child = PageViewRestriction.objects.create(page=child, restriction_type="login")
    assert both(alias.specific) == ([on_child.pk], [on_child.pk])
    assert both(child) == ([on_about.pk, on_child.pk], [on_about.pk, on_child.pk])
    assert both(sections.first()) == ([], [])


def restriction_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [
        q["sql"] for q in captured.captured_queries if "wagtailcore_pageviewrestriction" in q["sql"]
    ]


@pytest.mark.parametrize("url", ["/", "/en/about/"])
def test_a_site_without_view_restrictions_asks_for_none_of_a_pages(client, content, url):
    """Whether the site has any view restriction comes with the page itself: without
    any, serving a page (the home page too) asks no query of its own for them."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.all().delete()
    response, queries = restriction_queries(client, url)
    assert response.status_code == 200
    assert len(queries) == 1  # the served page's own query
    assert "EXISTS" in queries[0].upper() and "wagtailcore_page" in queries[0]


def test_once_any_page_is_restricted_every_page_asks_for_its_own(client, content):
    from wagtail.models import PageViewRestriction

    about = StandardPage.objects.get(slug_en="about")
    PageViewRestriction.objects.create(page=about, restriction_type="password", password="x")
    response, queries = restriction_queries(client, "/en/about/")
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()  # the password form, not the page
    assert len(queries) == 2  # the page's, then its restrictions (one query)
    response, queries = restriction_queries(client, "/en/partners/")
    assert response.status_code == 200 and 'name="password"' not in response.content.decode()
    assert len(queries) == 2


def test_the_lookup_by_address_names_the_depth_the_tree_index_starts_with(client, content):
    """Every page below the site root matches its path prefix, so the lookup by stored
    address also gives the depth the address implies: with it the database reads
    only that level of the tree (index ``portal_page_depth_path``, core/migrations/0001)
    instead of every page, 10 ms at 10,000 news items for each section page."""
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert indexes["portal_page_depth_path"]["columns"][:2] == ["depth", "path"]

    about = StandardPage.objects.get(slug_en="about")
    nested = bilingual(StandardPage(), ("Вложенная", "Nested"), slug=("vlozhennaya", "nested"))
    about.add_child(instance=nested)
    nested.save_revision().publish()
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/about/nested/").status_code == 200
    (lookup,) = [q["sql"] for q in captured.captured_queries if '"url_path_en" =' in q["sql"]]
    assert f'"wagtailcore_page"."depth" = {nested.depth}' in lookup


@pytest.mark.parametrize("url", ["/o-sotrudnichestve/", "/en/about/"])
def test_a_section_is_found_among_the_menus_rows_without_a_lookup(client, content, url):
    """A live page right under the home page is one of the sections every page reads
    for its menu: serving it asks no lookup by address of its own."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    assert not [
        q["sql"]
        for q in captured.captured_queries
        if '"url_path_ru" =' in q["sql"] or '"url_path_en" =' in q["sql"]
    ]


def test_a_draft_section_is_still_looked_up_and_not_served(client, content):
    about = StandardPage.objects.get(slug_en="about")
    about.unpublish()
    assert client.get("/en/about/").status_code == 404
    assert client.get("/o-sotrudnichestve/").status_code == 404
