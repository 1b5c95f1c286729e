"""Site search in the visitor's language."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

from astrakhan_portal.core.listing import ListingState, paginate

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    query = request.GET.get("q", "").strip()
    notice = ""
    results = None
    if len(query) > MAX_QUERY_LENGTH:
        notice = _("The search text is too long; it was shortened to %(count)s characters.") % {
            "count": MAX_QUERY_LENGTH
        }
        query = query[:MAX_QUERY_LENGTH]
    query = "".join(ch for ch in query if ch.isprintable())
    listing = ListingState()
    if query:
        listing.selected["q"] = query
        found = Page.objects.live().specific().search(query)
        results = paginate(request, listing, found, RESULTS_PER_PAGE)
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
