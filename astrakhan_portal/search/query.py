"""Search in one language: stemmed full-text search on PostgreSQL, a plain
case-insensitive match on SQLite.

Both read the same ``SearchEntry`` rows, so a search costs the same fixed
number of SQL queries whatever it finds.
"""

from django.db import connection
from django.db.models import Case, IntegerField, Q, Value, When

from .indexing import fold
from .models import SearchEntry

# PostgreSQL text search configuration per site language.
SEARCH_CONFIGS = {"ru": "russian", "en": "english"}
# SQLite matches each word separately; more than this many words are ignored.
MAX_WORDS = 10


def uses_full_text_search():
    return connection.vendor == "postgresql"


def search_entries(query, language, root_page=None):
    """Entries in ``language`` matching ``query``, best first, of live public pages.

    ``root_page`` limits the search to the pages of one site.
    """
    entries = SearchEntry.objects.filter(language=language, page__live=True)
    if root_page is not None:
        entries = entries.filter(page__path__startswith=root_page.path)
    private = private_paths()
    if private:
        hidden = Q()
        for path in private:
            hidden |= Q(page__path__startswith=path)
        entries = entries.exclude(hidden)
    # The body and the folded text are searched, never shown.
    entries = entries.select_related("page").defer("body", "folded_text", "folded_title")
    if uses_full_text_search():
        return _full_text(entries, query, SEARCH_CONFIGS.get(language, "simple"))
    return _contains(entries, query)


def private_paths():
    """Tree paths of the pages with a view restriction (they and their subpages are never found).

    The same for every search until a restriction changes, which purges the
    fragment cache (``operations/purge.py``): no query per search once kept.
    """
    from wagtail.models import PageViewRestriction

    from astrakhan_portal.operations import fragments

    def build():
        return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))

    return fragments.cached(None, "private-page-paths", build, per_language=False)


def _full_text(entries, query, config):
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    vector = (
        SearchVector("title", weight="A", config=config)
        + SearchVector("summary", weight="B", config=config)
        + SearchVector("body", weight="C", config=config)
    )
    # websearch_to_tsquery() never fails on a stray quote, minus or bracket.
    search_query = SearchQuery(query, config=config, search_type="websearch")
    return (
        entries.annotate(document=vector)
        .filter(document=search_query)
        .annotate(rank=SearchRank(vector, search_query))
        .order_by("-rank", "page__path")
    )


def _contains(entries, query):
    words = fold(query).split()[:MAX_WORDS]
    if not words:
        return entries.none()
    condition = Q()
    for word in words:
        condition &= Q(folded_text__contains=word)
    title_matches = Q()
    for word in words:
        title_matches &= Q(folded_title__contains=word)
    return (
        entries.filter(condition)
        .annotate(
            title_match=Case(
                When(title_matches, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("title_match", "page__path")
    )
