"""Monuments move to the `monuments` app: removed from this app's migration state only.

The tables stay as they are; the first migration of `monuments` adds the models to
its state with the same tables and moves their content types.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='monumentpage',
                    name='donor_country',
                ),
                migrations.RemoveField(
                    model_name='monumentpage',
                    name='page_ptr',
                ),
                migrations.DeleteModel(
                    name='MonumentIndexPage',
                ),
                migrations.DeleteModel(
                    name='MonumentPage',
                ),
            ],
            database_operations=[],
        ),
    ]
