"""Site search in the visitor's language."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from astrakhan_portal.core.listing import ListingState, paginate
from astrakhan_portal.core.models import DEFAULT_LANGUAGE
from astrakhan_portal.core.page_urls import url_in
from astrakhan_portal.core.sites import site_for

from .query import search_entries

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """The query as searched, and a notice for the visitor if it had to be changed."""
    notice = ""
    query = raw.strip()
    if len(query) > MAX_QUERY_LENGTH:
        notice = _("The search text is too long; it was shortened to %(count)s characters.") % {
            "count": MAX_QUERY_LENGTH
        }
        query = query[:MAX_QUERY_LENGTH]
    query = " ".join("".join(ch for ch in query if ch.isprintable()).split())
    return query, notice


def search(request):
    query, notice = clean_query(request.GET.get("q", ""))
    results = None
    listing = ListingState()
    if query and not any(ch.isalnum() for ch in query):
        notice = _("Search for words or numbers: “%(query)s” has neither.") % {"query": query}
    elif query:
        listing.selected["q"] = query
        language = (get_language() or DEFAULT_LANGUAGE)[:2]
        site = site_for(request)
        found = search_entries(query, language, site.root_page if site else None)
        results = paginate(request, listing, found, RESULTS_PER_PAGE, count_in_query=True)
        for entry in results:
            entry.url = url_in(request, entry.page, language)
    elif "q" in request.GET:
        notice = _("Type a word or two to search for.")
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": results,
            "search_notice": notice,
            "listing": listing,
        },
    )
