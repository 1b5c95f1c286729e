"""What every page has: a skip link, the header with search and the VI link,
the main menu, breadcrumbs and a footer with contacts."""

import re

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["/", "/en/", "/partnery/iran/", "/en/projects/", "/en/news/", "/search/", "/en/no-such-page/"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_the_same_frame(client, content, url):
    html = client.get(url).content.decode()
    prefix = "/en" if url.startswith("/en/") else ""
    # A skip link first, to a focusable main landmark.
    body = html.split("<body", 1)[1]
    assert re.search(r'^[^>]*>\s*<a class="skip-link" href="#main">', body)
    assert '<main id="main" class="site-main" tabindex="-1">' in html
    # The search box in the header sends q to the search page.
    header = re.search(r'<header class="site-header">.*?</header>\s*<main', html, re.S).group(0)
    assert re.search(
        rf'<form class="site-search" method="get" action="{prefix}/search/" role="search" aria-label="[^"]+">',
        header,
    )
    assert re.search(r'<label class="visually-hidden" for="site-search-q">', header)
    assert 'name="q"' in header
    assert 'class="vi-link"' in header
    # The main menu works without JavaScript: a <details> toggle beside the list.
    menu = re.search(r'<nav class="main-menu".*?</nav>', html, re.S).group(0)
    assert '<details class="main-menu__toggle">' in menu
    assert len(re.findall(r'<li class="main-menu__item">', menu)) >= 6
    # One <h1>, the stylesheets of the site itself, no executable script (JSON-LD data only).
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) == [
        "/static/css/site.css",
        "/static/css/print.css",
    ]
    assert 'media="print"' in html
    assert re.findall(r"<script[^>]*>", html) in ([], ['<script type="application/ld+json">'])
    footer = re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)
    assert f'href="{prefix}/search/"' in footer


def test_the_current_section_is_marked_in_the_menu(client, content):
    html = client.get("/en/partners/iran/").content.decode()
    menu = re.search(r'<nav class="main-menu".*?</nav>', html, re.S).group(0)
    assert '<a class="main-menu__link" href="/en/partners/" aria-current="true">' in menu
    index = client.get("/en/partners/").content.decode()
    assert '<a class="main-menu__link" href="/en/partners/" aria-current="page">' in index
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert '<a href="/en/">Home</a>' in crumbs
    assert '<li aria-current="page">Iran</li>' in crumbs


def test_the_footer_links_to_the_contacts_page_in_each_language(client, content):
    ru = client.get("/").content.decode()
    assert re.search(r'<a href="/kontakty/">Контакты и представительства в Астрахани</a>', ru)
    en = client.get("/en/").content.decode()
    assert re.search(r'<a href="/en/contacts/">Contacts and offices in Astrakhan</a>', en)


def test_listing_filters_are_plain_get_forms_with_labels(client, content):
    html = client.get("/en/projects/?country=az").content.decode()
    form = re.search(r'<form class="filters" method="get">.*?</form>', html, re.S).group(0)
    for field in ["country", "sphere"]:
        assert f'<label for="filter-{field}">' in form
        assert f'<select id="filter-{field}" name="{field}">' in form
    assert '<option value="az" selected>' in form
    assert '<a href="?">Reset filters</a>' in form
    assert re.search(r'<h2 class="listing__count" id="listing-count">\d+ projects?</h2>', html)
