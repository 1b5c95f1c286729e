"""An index of Wagtail's pages by depth and tree path, for the queries every public
page makes: the main menu (the site root's live children) and every list of a
section's children (``child_of``: ``depth = n AND path LIKE 'parent%'``).

Wagtail indexes ``path`` alone, which a ``LIKE`` on the site root's path cannot
narrow (every page is below it), so with 10,000 news items each of those
queries read the whole page table (3-8 ms in PostgreSQL, each, on every page).
On PostgreSQL the index also carries ``id`` and ``live``, so a news archive's
count and page keys are read from the index alone. docs/performance.md.
"""

from django.db import migrations

NAME = "portal_page_depth_path"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        columns = "(depth, path varchar_pattern_ops) INCLUDE (id, live)"
    else:
        columns = "(depth, path)"
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON wagtailcore_page {columns}")


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
