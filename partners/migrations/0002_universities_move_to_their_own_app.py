"""Universities move to the `universities` app: removed from this app's migration state only.

The tables stay as they are; the first migration of `universities` adds the models to
its state with the same tables and moves their content types.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='universitypage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='universitypage',
                    name='partner_countries',
                ),
                migrations.DeleteModel(
                    name='UniversityIndexPage',
                ),
                migrations.DeleteModel(
                    name='UniversityPage',
                ),
            ],
            database_operations=[],
        ),
    ]
