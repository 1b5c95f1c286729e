"""The moderation workflows and their task, named in Russian.

Wagtail shows a workflow's and a task's name as they are stored (on the button
"Submit to …", in the dashboard, in the history), untranslated; 0001 named them
in English, so a Russian admin read 'Отправить в "News moderation"'. The
portal's admin speaks Russian first, so they are renamed here; a name an
administrator has already changed is left alone. Reversible.
"""

from django.db import migrations

RENAMES = {
    "wagtailcore.Workflow": [
        ("News moderation", "Модерация новостей"),
        ("Moderators approval", "Утверждение модератором"),
    ],
    "wagtailcore.Task": [("Moderators approval", "Утверждение модератором")],
}


def rename(apps, pairs_of):
    for label, pairs in RENAMES.items():
        model = apps.get_model(label)
        for old, new in pairs_of(pairs):
            model.objects.filter(name=old).update(name=new)


def to_russian(apps, schema_editor):
    rename(apps, lambda pairs: pairs)


def to_english(apps, schema_editor):
    rename(apps, lambda pairs: [(new, old) for old, new in pairs])


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_editors_and_moderators"),
    ]

    operations = [
        migrations.RunPython(to_russian, to_english),
    ]
