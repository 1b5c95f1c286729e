"""An index of Wagtail's search index entries still waiting for their title weight.

Wagtail's database search backend (``modelsearch``'s ``_refresh_title_norms``)
sets the title weight of the entries it has just written, those whose
``title_norm`` is still 1.0, after every indexing of a page: twice per publish.
Without an index that update read every entry (7-12 ms at 10,000 news items in
PostgreSQL); with this partial index it reads the one or two new ones. (The
average title length it computes first still reads every entry.) docs/performance.md.
"""

from django.db import migrations

NAME = "portal_indexentry_new_title_norm"


class Migration(migrations.Migration):
    dependencies = [("core", "0002_page_translation_column_indexes"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON wagtailsearch_indexentry (id) WHERE title_norm = 1.0",
            f"DROP INDEX IF EXISTS {NAME}",
            elidable=False,
        )
    ]
