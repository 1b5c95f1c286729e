"""The sitemap index, its sections with every public page in both languages, and robots.txt.

Built on Django's sitemap framework (``django.contrib.sitemaps``): the views are
the framework's ``index`` and ``sitemap``, each section is a ``Sitemap``
subclass and the XML is the framework's template with a full ``lastmod`` time.

- ``/sitemap.xml`` is the sitemap index; it lists the sections
  ``/sitemap-<n>.xml`` (URL name ``sitemap_section``). Section *n* holds the
  live, public pages ``SECTION_PAGES`` at a time in tree order, so no section
  has more than 5,000 addresses; the first one also lists the Django views of
  ``SITEMAP_VIEWS``.
- Every page is listed once per language version it has (Russian always,
  English once an editor gave it an English title), each ``<url>`` naming all
  the versions as hreflang alternates, with Russian as x-default. A page with
  one version only has no alternates.

Why pages do not use the framework's ``i18n``/``alternates`` switches (the views
of ``SITEMAP_VIEWS`` do): with them the framework switches the active language
around every address and every alternate, builds the list of all items to
count them (the index would read every page of the site) and adds x-default to
a page that exists in Russian only. ``PageSitemap.get_urls`` (the framework's
public method for a section's entries) instead works the addresses out from the
pages' stored per-language paths read with ``.values()``
(``core.page_urls.PageAddresses``), so that a section of 5,000 addresses costs
the same few queries as a section of ten, and returns the entries in the
framework's own shape. Each entry also carries its ``<url>`` element, written
here, which the section's template prints: the framework's template, looping
over every entry's alternates, takes ten times as long (about 0.5 s of CPU for
5,000 addresses against the 100 ms budget of issue 11).
"""

from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import CharField, Func
from django.http import Http404
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from wagtail.models import Page

from astrakhan_portal.core.models import DEFAULT_LANGUAGE
from astrakhan_portal.core.page_urls import PageAddresses
from astrakhan_portal.core.sites import site_for

from .languages import absolute

# Django views (not pages) that belong in the sitemap when they are installed.
SITEMAP_VIEWS = ("opendata_index", "feedback")
# Pages per section: each has at most one address per language, and the first
# section also holds the views, so a section stays under 5,000 addresses.
MAX_URLS_PER_SECTION = 5000
SECTION_PAGES = (MAX_URLS_PER_SECTION - 2 * len(SITEMAP_VIEWS)) // len(settings.LANGUAGES)
# The framework's sitemap template, writing each entry's prebuilt <url> element.
SECTION_TEMPLATE = "seo/sitemap_section.xml"
CONTENT_TYPE = "application/xml; charset=utf-8"
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
# (language, its title column): a page is listed in a language once it has a title in it.
TITLE_COLUMNS = tuple((code, f"title_{code}") for code in LANGUAGES)


def public_pages(root_page):
    return Page.objects.live().public().descendant_of(root_page, inclusive=True)


def page_rows(root_page):
    """The live public pages' stored addresses, titles and publication times, in tree order.

    Plain rows of ``.values()``: no page object is built for the sitemap. The time comes
    as the text of ``<lastmod>`` (``lastmod``, :class:`W3CDateTime`).
    """
    return (
        public_pages(root_page)
        .rewrite(False)  # the stored columns as they are, without modeltranslation's fallbacks
        .order_by("path")
        .values(
            "url_path",
            *(f"url_path_{code}" for code in LANGUAGES),
            *(f"title_{code}" for code in LANGUAGES),
            lastmod=W3CDateTime("last_published_at"),
        )
    )


class W3CDateTime(Func):
    """A time as a sitemap's ``<lastmod>`` writes it, in UTC to the second
    (``2026-03-01T12:00:00+00:00``, what ``isoformat(timespec="seconds")`` of Django's
    aware time gives), written by the database: turning each of 5,000 rows' times into
    Python objects and back into text was a fifth of a section's cost."""

    arity = 1
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra):
        template = "to_char(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"')"
        return self.as_sql(compiler, connection, template=template, **extra)

    def as_sqlite(self, compiler, connection, **extra):
        # Django stores a time in SQLite as UTC text, "YYYY-MM-DD HH:MM:SS[.ffffff]".
        template = "replace(substr(%(expressions)s, 1, 19), ' ', 'T') || '+00:00'"
        return self.as_sql(compiler, connection, template=template, **extra)


def section_count(pages):
    """How many sections the index lists for this many pages: one per ``SECTION_PAGES``, at least one."""
    return max(1, -(-pages // SECTION_PAGES))


class SectionRows:
    """The rows of one section, read from the database when first used.

    The framework's paginator asks a sitemap's items for their ``count()``; the
    index knows it from one count of all pages, so listing the sections reads no
    page at all.
    """

    def __init__(self, queryset, size):
        self.queryset = queryset
        self.size = size

    @cached_property
    def rows(self):
        return list(self.queryset)

    def count(self):
        return self.size

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        return self.rows[index]


class ViewSitemap(Sitemap):
    """The Django views of ``SITEMAP_VIEWS``, in every language, through the framework's i18n."""

    i18n = True
    alternates = True
    x_default = True  # the Russian address, which has no language prefix

    def items(self):
        names = []
        for name in SITEMAP_VIEWS:
            try:
                reverse(name)
            except NoReverseMatch:  # not installed on this site
                continue
            names.append(name)
        return names

    def location(self, name):
        return reverse(name)


class PageSitemap(Sitemap):
    """Section ``number`` of the sitemap: its pages in each language they have, with alternates."""

    limit = MAX_URLS_PER_SECTION  # pages: always one page of the paginator per section

    def __init__(self, root_page, number, rows=None, size=None):
        """Section ``number`` of ``root_page``'s site; ``rows`` is ``page_rows(root_page)``
        (shared by the index's sections: building it reads the view restrictions) and
        ``size`` the section's number of pages when known (the index knows it)."""
        self.root_page = root_page
        self.number = number
        self.rows = page_rows(root_page) if rows is None else rows
        self.size = size

    def items(self):
        start = (self.number - 1) * SECTION_PAGES
        queryset = self.rows[start : start + SECTION_PAGES]
        if self.size is None:
            return list(queryset)
        return SectionRows(queryset, self.size)

    def get_languages_for_item(self, row):
        """Russian always; another language once the page has a title in it."""
        return [code for code, title in TITLE_COLUMNS if code == DEFAULT_LANGUAGE or row[title]]

    def lastmod(self, row):
        """The page's last publication as ``<lastmod>`` text (:class:`W3CDateTime`), or None."""
        return row["lastmod"]

    def get_latest_lastmod(self):
        """None: the index gives no lastmod, so listing the sections reads no page."""
        return None

    def get_urls(self, page=1, site=None, protocol=None):
        """The section's entries in the framework's shape, each with its ``<url>`` element.

        A page's ``<lastmod>`` and hreflang links are written once for all its versions."""
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        path_in = PageAddresses(self.root_page).path_in
        urls = []
        for row in self.paginator.page(page).object_list:
            versions = [
                (code, base + path)
                for code in self.get_languages_for_item(row)
                if (path := path_in(row, code))
            ]
            alternates = []
            if len(versions) > 1:
                alternates = [{"location": loc, "lang_code": code} for code, loc in versions]
                alternates.append({"location": dict(versions)[DEFAULT_LANGUAGE], "lang_code": "x-default"})
            lastmod = self.lastmod(row)
            escaped = {loc: escape(loc) for _code, loc in versions}
            details = details_xml(lastmod, alternates, escaped)  # the same for every version of the page
            for _code, loc in versions:
                urls.append(
                    Entry(
                        item=row,
                        location=loc,
                        lastmod=lastmod,
                        changefreq=None,
                        priority="",
                        alternates=alternates,
                        xml=SafeString(f"<url>\n<loc>{escaped[loc]}</loc>{details}\n</url>\n"),
                    )
                )
        if self.number == 1:
            for url in ViewSitemap().get_urls(site=site, protocol=protocol):
                details = details_xml(url["lastmod"], url["alternates"])
                xml = SafeString(f"<url>\n<loc>{escape(url['location'])}</loc>{details}\n</url>\n")
                urls.append(Entry(url, xml=xml))
        return urls


class Entry(dict):
    """A sitemap entry in the framework's shape (a dict) that a template prints as
    its ``<url>`` element (``xml``), so the section's template joins the entries
    instead of looping over them (``__html__`` is what ``conditional_escape``,
    and so the ``join`` filter, uses)."""

    def __html__(self):
        return self["xml"]


def details_xml(lastmod, alternates, escaped=None):
    """The ``<lastmod>`` (a full time, or its text) and hreflang links of a ``<url>`` element,
    XML-escaped.

    ``escaped`` maps addresses to their escaped form when already worked out.
    Addresses hold no double quote (``reverse()`` and ``PageAddresses`` quote it).
    """
    escaped = escaped or {}
    if lastmod and not isinstance(lastmod, str):
        lastmod = lastmod.isoformat(timespec="seconds")
    parts = [f"\n<lastmod>{lastmod}</lastmod>"] if lastmod else []
    for alternate in alternates:
        href = escaped.get(alternate["location"]) or escape(alternate["location"])
        parts.append(f'\n<xhtml:link rel="alternate" hreflang="{alternate["lang_code"]}" href="{href}"/>')
    return "".join(parts)


def sitemap(request):
    """The sitemap index (the framework's view): one section per ``SECTION_PAGES`` public pages."""
    site = site_for(request)
    sections = {}
    if site is not None:
        rows = page_rows(site.root_page)
        pages = rows.count()
        for number in range(1, section_count(pages) + 1):
            size = min(SECTION_PAGES, pages - (number - 1) * SECTION_PAGES)
            sections[number] = PageSitemap(site.root_page, number, rows, size)
    return sitemap_views.index(
        request, sections, content_type=CONTENT_TYPE, sitemap_url_name="sitemap_section"
    )


def sitemap_section(request, section):
    """One section of the sitemap (the framework's view); 404 past the last one."""
    site = site_for(request)
    if site is None or section < 1:
        raise Http404
    page_sitemap = PageSitemap(site.root_page, section)
    if section > 1 and section > section_count(page_sitemap.rows.count()):
        raise Http404
    return sitemap_views.sitemap(
        request,
        {section: page_sitemap},
        section=section,
        template_name=SECTION_TEMPLATE,
        content_type=CONTENT_TYPE,
    )


def robots(request):
    search_paths = []
    for code in LANGUAGES:
        with translation.override(code):
            search_paths.append(reverse("search"))
    context = {
        "disallowed": [reverse("wagtailadmin_home"), *search_paths],
        "sitemap_url": absolute(request, reverse("sitemap")),
    }
    return render(request, "seo/robots.txt", context, content_type="text/plain; charset=utf-8")
