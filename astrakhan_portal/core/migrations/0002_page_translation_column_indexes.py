"""Indexes on the pages' slug and stored address in each language (``slug_ru``,
``url_path_en``, ...), the columns wagtail-modeltranslation adds to Wagtail's page table.

Every lookup by those columns read the whole page table without them (10-15 ms
each in PostgreSQL at 10,000 news items): the routing of a news item by its
stored address (``core/routing.py``), Wagtail's check that a slug is free among
the siblings (``Page._slug_is_available``, three times per save in the admin,
rewritten by the library to ``slug_<language>``), and the slug checks narrowed
to possible clashes (``core/overrides.py``).

The library adds those columns after the migrations have run
(``wagtail_modeltranslation``'s ``migrate`` runs its ``sync_page_translation_fields``
last), so on a new database they do not exist yet here: this migration runs that
command first (it only adds the columns that are missing, as it will right after).
docs/performance.md.
"""

import contextlib
import io

from django.conf import settings
from django.core.management import call_command
from django.db import migrations

COLUMNS = ("slug", "url_path")


def names():
    for column in COLUMNS:
        for language in settings.MODELTRANSLATION_LANGUAGES:
            yield f"portal_page_{column}_{language}", f"{column}_{language}"


def create(apps, schema_editor):
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("sync_page_translation_fields", interactive=False, verbosity=0)
    for name, column in names():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page ({column})")


def drop(apps, schema_editor):
    for name, _column in names():
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("core", "0001_page_depth_path_index")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
