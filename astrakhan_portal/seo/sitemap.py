"""sitemap.xml with every public page in both languages, and robots.txt.

Wagtail's own sitemap knows one language only, so this one is built here: one
<url> per language version of each live, public page, each listing all the
versions as hreflang alternates (Russian is also the x-default).
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, Site

from astrakhan_portal.core.models import DEFAULT_LANGUAGE

from .languages import absolute, page_versions

# Django views (not pages) that belong in the sitemap when they are installed.
SITEMAP_VIEWS = ("opendata_index", "feedback")


def page_entries(request, root_page):
    pages = (
        Page.objects.live()
        .public()
        .descendant_of(root_page, inclusive=True)
        .order_by("path")
        .only(
            "path",
            "depth",
            "url_path",
            "last_published_at",
            *(f"url_path_{code}" for code, _name in settings.LANGUAGES),
            *(f"title_{code}" for code, _name in settings.LANGUAGES),
        )
    )
    for page in pages:
        yield from entries(page_versions(request, page), page.last_published_at)


def view_entries(request):
    for name in SITEMAP_VIEWS:
        versions = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                try:
                    versions.append((code, absolute(request, reverse(name))))
                except NoReverseMatch:
                    break
        if versions:
            yield from entries(versions, None)


def entries(versions, lastmod):
    """One sitemap <url> per language version, each naming all the versions."""
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


def sitemap(request):
    site = Site.find_for_request(request)
    urls = []
    if site is not None:
        urls = [*page_entries(request, site.root_page), *view_entries(request)]
    return render(request, "seo/sitemap.xml", {"urls": urls}, content_type="application/xml; charset=utf-8")


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
