"""Search in one language: stemmed full-text search on PostgreSQL, a plain
case-insensitive match on SQLite.

Both read the same ``SearchEntry`` rows, so a search costs the same fixed
number of SQL queries whatever it finds.
"""

from django.db import connection
from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.models import Page

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
    pages = Page.objects.live().public()
    if root_page is not None:
        pages = pages.descendant_of(root_page, inclusive=True)
    entries = SearchEntry.objects.filter(language=language, page__in=pages.values("pk")).select_related(
        "page"
    )
    if uses_full_text_search():
        return _full_text(entries, query, SEARCH_CONFIGS.get(language, "simple"))
    return _contains(entries, query)


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
