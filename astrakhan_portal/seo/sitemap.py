"""The sitemap index, its sections with every public page in both languages, and robots.txt.

Wagtail's own sitemap knows one language only, so this one is built here: one
<url> per language version of each live, public page, each listing all the
versions as hreflang alternates (Russian is also the x-default). ``sitemap.xml``
is a sitemap index; each section (``sitemap-<n>.xml``) lists the versions of
``SECTION_PAGES`` pages in tree order, so no section holds more than 5,000
addresses (the Django views listed here go in the first one).

A section's addresses are worked out from the pages' stored addresses
(``core.page_urls.PageAddresses``) and its XML written directly, so that a
section of 5,000 addresses renders in a few tens of milliseconds.
"""

from xml.sax.saxutils import escape

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, Site

from astrakhan_portal.core.models import DEFAULT_LANGUAGE
from astrakhan_portal.core.page_urls import PageAddresses

from .languages import absolute

# Django views (not pages) that belong in the sitemap when they are installed.
SITEMAP_VIEWS = ("opendata_index", "feedback")
# Pages per section: each has at most one address per language, and the first
# section also holds the views, so a section stays under 5,000 addresses.
MAX_URLS_PER_SECTION = 5000
SECTION_PAGES = (MAX_URLS_PER_SECTION - 2 * len(SITEMAP_VIEWS)) // len(settings.LANGUAGES)


def public_pages(root_page):
    return Page.objects.live().public().descendant_of(root_page, inclusive=True)


def page_entries(request, root_page, offset, limit):
    languages = [code for code, _name in settings.LANGUAGES]
    rows = (
        public_pages(root_page)
        .rewrite(False)  # the stored columns as they are, without modeltranslation's fallbacks
        .order_by("path")
        .values(
            "url_path",
            "last_published_at",
            *(f"url_path_{code}" for code in languages),
            *(f"title_{code}" for code in languages),
        )[offset : offset + limit]
    )
    addresses = PageAddresses(root_page)
    base = escape(absolute(request, "/")[:-1])
    for row in rows:
        versions = [
            (code, base + escape(path))
            for code in languages
            if (code == DEFAULT_LANGUAGE or row[f"title_{code}"]) and (path := addresses.path_in(row, code))
        ]
        yield from entries(versions, row["last_published_at"])


def view_entries(request):
    for name in SITEMAP_VIEWS:
        versions = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                try:
                    versions.append((code, escape(absolute(request, reverse(name)))))
                except NoReverseMatch:
                    break
        if versions:
            yield from entries(versions, None)


def entries(versions, lastmod):
    """One sitemap <url> per language version, each naming all the versions (XML-escaped)."""
    alternates = [*versions]
    default = dict(versions).get(DEFAULT_LANGUAGE)
    if default and len(versions) > 1:
        alternates.append(("x-default", default))
    for _code, url in versions:
        yield {
            "loc": url,
            "lastmod": lastmod.isoformat(timespec="seconds") if lastmod else "",
            "alternates": alternates if len(versions) > 1 else [],
        }


def url_xml(entry):
    parts = [f"<url>\n<loc>{entry['loc']}</loc>"]
    if entry["lastmod"]:
        parts.append(f"\n<lastmod>{entry['lastmod']}</lastmod>")
    for code, href in entry["alternates"]:
        parts.append(f'\n<xhtml:link rel="alternate" hreflang="{code}" href="{href}"/>')
    parts.append("\n</url>\n")
    return "".join(parts)


def xml_response(body):
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def sitemap(request):
    """The sitemap index: one section per ``SECTION_PAGES`` public pages."""
    site = Site.find_for_request(request)
    count = public_pages(site.root_page).count() if site is not None else 0
    sections = [
        absolute(request, reverse("sitemap_section", args=(number,)))
        for number in range(1, max(1, -(-count // SECTION_PAGES)) + 1)
    ]
    body = "".join(f"<sitemap>\n<loc>{escape(loc)}</loc>\n</sitemap>\n" for loc in sections)
    return xml_response(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{body}</sitemapindex>\n"
    )


def sitemap_section(request, number):
    site = Site.find_for_request(request)
    if site is None or number < 1:
        raise Http404
    urls = list(page_entries(request, site.root_page, (number - 1) * SECTION_PAGES, SECTION_PAGES))
    if number == 1:
        urls.extend(view_entries(request))
    elif not urls:
        raise Http404
    return xml_response(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        + "".join(url_xml(entry) for entry in urls)
        + "</urlset>\n"
    )


def robots(request):
    search_paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            search_paths.append(reverse("search"))
    context = {
        "disallowed": [reverse("wagtailadmin_home"), *search_paths],
        "sitemap_url": absolute(request, reverse("sitemap")),
    }
    return render(request, "seo/robots.txt", context, content_type="text/plain; charset=utf-8")
