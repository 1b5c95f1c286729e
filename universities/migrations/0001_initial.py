"""The university list and the university pages, moved here from the `partners` app with their tables unchanged.

The models enter this app's migration state only (their tables were created by
the `partners` migrations and keep their names through ``Meta.db_table``), and
their content types are relabelled from `partners` to this app, so existing
pages, revisions and permissions keep pointing at them.
"""

import django.db.models.deletion
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models



OLD_APP = 'partners'
NEW_APP = 'universities'
MODELS = ('universityindexpage', 'universitypage')


def _relabel(apps, schema_editor, source, target):
    """Give the content types of MODELS the app label ``target`` instead of ``source``."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    content_types = content_type_model.objects.using(schema_editor.connection.alias)
    for model in MODELS:
        stale = content_types.filter(app_label=target, model=model).first()
        if stale is not None:
            # Created by an earlier post_migrate before this migration ran: no
            # page can use it yet, so the old row (which pages use) takes its place.
            stale.delete()
        content_types.filter(app_label=source, model=model).update(app_label=target)


def relabel_content_types(apps, schema_editor):
    _relabel(apps, schema_editor, OLD_APP, NEW_APP)


def restore_content_types(apps, schema_editor):
    _relabel(apps, schema_editor, NEW_APP, OLD_APP)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('partners', '0002_universities_move_to_their_own_app'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='UniversityIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.TextField(blank=True, help_text='One or two sentences shown in listings, search results and link previews.', max_length=600, verbose_name='summary')),
                        ('summary_ru', models.TextField(blank=True, help_text='One or two sentences shown in listings, search results and link previews.', max_length=600, null=True, verbose_name='summary')),
                        ('summary_en', models.TextField(blank=True, help_text='One or two sentences shown in listings, search results and link previews.', max_length=600, null=True, verbose_name='summary')),
                        ('body', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('image', 8), ('quote', 11), ('key_figure', 14), ('document', 17)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Paragraph', 'template': 'blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it.', 'label': 'Alternative text', 'max_length': 300, 'required': False}), 6: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only if the image adds nothing to the text; then no alternative text is needed.', 'label': 'Decorative image', 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 300, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('decorative', 6), ('caption', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quotation'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Source', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Figure', 'max_length': 40}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'What it counts', 'max_length': 200}), 14: ('wagtail.blocks.StructBlock', [[('value', 12), ('label', 13)]], {}), 15: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Link text', 'max_length': 200, 'required': False}), 17: ('wagtail.blocks.StructBlock', [[('document', 15), ('title', 16)]], {})}, verbose_name='body')),
                        ('body_ru', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('image', 8), ('quote', 11), ('key_figure', 14), ('document', 17)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Paragraph', 'template': 'blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it.', 'label': 'Alternative text', 'max_length': 300, 'required': False}), 6: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only if the image adds nothing to the text; then no alternative text is needed.', 'label': 'Decorative image', 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 300, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('decorative', 6), ('caption', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quotation'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Source', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Figure', 'max_length': 40}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'What it counts', 'max_length': 200}), 14: ('wagtail.blocks.StructBlock', [[('value', 12), ('label', 13)]], {}), 15: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Link text', 'max_length': 200, 'required': False}), 17: ('wagtail.blocks.StructBlock', [[('document', 15), ('title', 16)]], {})}, null=True, verbose_name='body')),
                        ('body_en', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('image', 8), ('quote', 11), ('key_figure', 14), ('document', 17)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Paragraph', 'template': 'blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it.', 'label': 'Alternative text', 'max_length': 300, 'required': False}), 6: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only if the image adds nothing to the text; then no alternative text is needed.', 'label': 'Decorative image', 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 300, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('decorative', 6), ('caption', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quotation'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Source', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Figure', 'max_length': 40}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'What it counts', 'max_length': 200}), 14: ('wagtail.blocks.StructBlock', [[('value', 12), ('label', 13)]], {}), 15: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Link text', 'max_length': 200, 'required': False}), 17: ('wagtail.blocks.StructBlock', [[('document', 15), ('title', 16)]], {})}, null=True, verbose_name='body')),
                    ],
                    options={
                        'verbose_name': 'university list',
                        'db_table': 'partners_universityindexpage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='UniversityPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.TextField(blank=True, help_text='One or two sentences shown in listings, search results and link previews.', max_length=600, verbose_name='summary')),
                        ('summary_ru', models.TextField(blank=True, help_text='One or two sentences shown in listings, search results and link previews.', max_length=600, null=True, verbose_name='summary')),
                        ('summary_en', models.TextField(blank=True, help_text='One or two sentences shown in listings, search results and link previews.', max_length=600, null=True, verbose_name='summary')),
                        ('body', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('image', 8), ('quote', 11), ('key_figure', 14), ('document', 17)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Paragraph', 'template': 'blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it.', 'label': 'Alternative text', 'max_length': 300, 'required': False}), 6: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only if the image adds nothing to the text; then no alternative text is needed.', 'label': 'Decorative image', 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 300, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('decorative', 6), ('caption', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quotation'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Source', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Figure', 'max_length': 40}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'What it counts', 'max_length': 200}), 14: ('wagtail.blocks.StructBlock', [[('value', 12), ('label', 13)]], {}), 15: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Link text', 'max_length': 200, 'required': False}), 17: ('wagtail.blocks.StructBlock', [[('document', 15), ('title', 16)]], {})}, verbose_name='body')),
                        ('body_ru', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('image', 8), ('quote', 11), ('key_figure', 14), ('document', 17)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Paragraph', 'template': 'blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it.', 'label': 'Alternative text', 'max_length': 300, 'required': False}), 6: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only if the image adds nothing to the text; then no alternative text is needed.', 'label': 'Decorative image', 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 300, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('decorative', 6), ('caption', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quotation'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Source', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Figure', 'max_length': 40}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'What it counts', 'max_length': 200}), 14: ('wagtail.blocks.StructBlock', [[('value', 12), ('label', 13)]], {}), 15: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Link text', 'max_length': 200, 'required': False}), 17: ('wagtail.blocks.StructBlock', [[('document', 15), ('title', 16)]], {})}, null=True, verbose_name='body')),
                        ('body_en', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('image', 8), ('quote', 11), ('key_figure', 14), ('document', 17)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Paragraph', 'template': 'blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Heading 2'), ('h3', 'Heading 3')], 'label': 'Level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it.', 'label': 'Alternative text', 'max_length': 300, 'required': False}), 6: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only if the image adds nothing to the text; then no alternative text is needed.', 'label': 'Decorative image', 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 300, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('decorative', 6), ('caption', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quotation'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Source', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Figure', 'max_length': 40}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'What it counts', 'max_length': 200}), 14: ('wagtail.blocks.StructBlock', [[('value', 12), ('label', 13)]], {}), 15: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Link text', 'max_length': 200, 'required': False}), 17: ('wagtail.blocks.StructBlock', [[('document', 15), ('title', 16)]], {})}, null=True, verbose_name='body')),
                        ('partner_countries', modelcluster.fields.ParentalManyToManyField(blank=True, db_table='partners_universitypage_partner_countries', related_name='universities', to='partners.countrypage', verbose_name='partner countries')),
                    ],
                    options={
                        'verbose_name': 'university',
                        'db_table': 'partners_universitypage',
                    },
                    bases=('wagtailcore.page',),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(relabel_content_types, restore_content_types),
    ]
