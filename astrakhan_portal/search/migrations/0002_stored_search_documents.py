"""PostgreSQL only: each search entry's stemmed document, stored and indexed.

The entry's text is turned into a ``tsvector`` once, when the entry is written
(on publish), in a generated column, instead of for every entry on every
search; a GIN index per language answers ``document @@ query`` without reading
the other entries. Russian entries are stemmed with the ``russian``
configuration, English ones with ``english`` (as ``query.SEARCH_CONFIGS``).
Title, summary and body weigh A, B and C. SQLite keeps its plain match.
"""

from django.db import migrations

CONFIG = "CASE language WHEN 'ru' THEN 'russian'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END"

FORWARD = [
    """
    ALTER TABLE {table} ADD COLUMN document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector({config}, COALESCE(title, '')), 'A')
        || setweight(to_tsvector({config}, COALESCE(summary, '')), 'B')
        || setweight(to_tsvector({config}, COALESCE(body, '')), 'C')
    ) STORED
    """,
    "CREATE INDEX search_entry_document_ru ON {table} USING GIN (document) WHERE language = 'ru'",
    "CREATE INDEX search_entry_document_en ON {table} USING GIN (document) WHERE language = 'en'",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_document_ru",
    "DROP INDEX IF EXISTS search_entry_document_en",
    "ALTER TABLE {table} DROP COLUMN IF EXISTS document",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        table = apps.get_model("portal_search", "SearchEntry")._meta.db_table
        # Stemming every stored entry once may take longer than a request may.
        schema_editor.execute("SET LOCAL statement_timeout = 0")
        for statement in statements:
            schema_editor.execute(statement.format(table=table, config=CONFIG))

    return operation


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_initial")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
