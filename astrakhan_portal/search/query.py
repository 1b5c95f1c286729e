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

    ``root_page`` limits the search to the pages of one site. On PostgreSQL the
    result is a ``FullTextSearch``, elsewhere a queryset; both paginate with
    ``core.listing.paginate(..., count_in_query=True)`` in one query.
    """
    if uses_full_text_search():
        return FullTextSearch(query, language, root_page)
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
    return _contains(entries, query)


def private_paths():
    """Tree paths of the pages with a view restriction (they and their subpages are never found)."""
    from wagtail.models import PageViewRestriction

    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))


# The stemmed search, written out once: composed with the ORM (SearchRank, a
# window count) it cost more CPU than the rest of the search page. Each entry's
# ``document`` (title, summary and body weighted A, B and C, stemmed in the
# entry's language) is a stored column with a GIN index per language
# (migration portal_search 0002), so only the matching entries are read.
# websearch_to_tsquery() never fails on a stray quote, minus or bracket.
FULL_TEXT_SQL = """
WITH query AS (SELECT websearch_to_tsquery(%(config)s::regconfig, %(query)s) AS q)
SELECT entry.id, entry.title, entry.summary, page.id, page.path,
       page.url_path, page.url_path_ru, page.url_path_en,
       COUNT(*) OVER () AS total
FROM {entries} entry
JOIN {pages} page ON page.id = entry.page_id
CROSS JOIN query
WHERE entry.language = %(language)s AND entry.document @@ query.q
  AND page.live
  AND page.path LIKE %(root)s
  AND NOT (page.path LIKE ANY (%(private)s::text[]))
ORDER BY ts_rank(entry.document, query.q) DESC, page.path
LIMIT %(limit)s OFFSET %(offset)s
"""


class FullTextSearch:
    """Results of one PostgreSQL full-text search, read a page at a time with their total.

    ``fetch(offset, limit)`` gives ``(entries, total)`` in one query; each
    entry has ``title``, ``summary`` and ``page`` (a page with just what its
    address needs: ``page.get_url()`` works without a query).
    """

    def __init__(self, query, language, root_page=None):
        self.params = {
            "config": SEARCH_CONFIGS.get(language, "simple"),
            "query": query,
            "language": language,
            "root": (root_page.path if root_page is not None else "") + "%",
            # LIKE patterns; tree paths are digits and letters only, never % or _.
            "private": [path + "%" for path in private_paths()],
        }

    def fetch(self, offset, limit):
        from wagtail.models import Page

        with connection.cursor() as cursor:
            sql = FULL_TEXT_SQL.format(entries=SearchEntry._meta.db_table, pages=Page._meta.db_table)
            cursor.execute(sql, {**self.params, "offset": offset, "limit": limit})
            rows = cursor.fetchall()
        entries = []
        for pk, title, summary, page_id, path, url_path, url_path_ru, url_path_en, _total in rows:
            entry = SearchEntry(pk=pk, title=title, summary=summary, page_id=page_id)
            entry.page = Page(
                pk=page_id, path=path, url_path=url_path, url_path_ru=url_path_ru, url_path_en=url_path_en
            )
            entries.append(entry)
        return entries, (rows[0][-1] if rows else None)


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
