"""Keeps the search entries in step with what is published.

Each published page gets one entry per language it has a title in: Russian
always, English once an editor has given the page an English title. Only the
visitor's language is ever searched, so an English visitor does not find a
page by its Russian text.
"""

from django.conf import settings
from django.utils.html import strip_tags
from wagtail import blocks

from astrakhan_portal.core.models import DEFAULT_LANGUAGE, BasePage

from .models import SearchEntry

# Blocks whose value is a setting rather than text a visitor reads.
SKIPPED_BLOCKS = (blocks.ChoiceBlock, blocks.BooleanBlock, blocks.ChooserBlock)


def fold(text):
    """Text as the SQLite search compares it: lower case, with ё read as е."""
    return " ".join(text.casefold().replace("ё", "е").split())


def block_text(block, value):
    """The words a visitor reads in one StreamField block, as a list of strings."""
    if value is None or isinstance(block, SKIPPED_BLOCKS):
        return []
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_text(child.block, child.value)]
    if isinstance(block, blocks.StructBlock):
        return [
            text for name, child in block.child_blocks.items() for text in block_text(child, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_text(block.child_block, item)]
    if isinstance(block, blocks.RichTextBlock):
        return [strip_tags(value.source)]
    return [str(text) for text in block.get_searchable_content(value)]


def body_text(page, language):
    field = page._meta.get_field(f"body_{language}")
    value = getattr(page, f"body_{language}")
    if not value:
        return ""
    return " ".join(" ".join(block_text(field.stream_block, value)).split())


def entries_for(page):
    """The unsaved search entries for a page's published content, one per language."""
    entries = []
    for language, _name in settings.LANGUAGES:
        title = getattr(page, f"title_{language}", "") or ""
        if not title and language != DEFAULT_LANGUAGE:
            continue
        title = title or page.title
        summary = getattr(page, f"summary_{language}", "") or ""
        body = body_text(page, language)
        entries.append(
            SearchEntry(
                page_id=page.pk,
                language=language,
                title=title,
                summary=summary,
                body=body,
                folded_title=fold(title)[:255],
                folded_text=fold(f"{title} {summary} {body}"),
            )
        )
    return entries


def index_page(page):
    """Replace a page's search entries with its published content."""
    page = page.specific
    SearchEntry.objects.filter(page_id=page.pk).delete()
    if isinstance(page, BasePage) and page.live:
        SearchEntry.objects.bulk_create(entries_for(page))


def unindex_page(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild(pages=None):
    """Rebuild the entries of ``pages`` (default: every live page); returns how many pages."""
    from wagtail.models import Page

    if pages is None:
        SearchEntry.objects.all().delete()
        pages = Page.objects.live()
    count = 0
    for page in pages.specific().iterator(chunk_size=200):
        if isinstance(page, BasePage):
            SearchEntry.objects.filter(page_id=page.pk).delete()
            SearchEntry.objects.bulk_create(entries_for(page))
            count += 1
    return count


# --- signal receivers (connected in apps.py) -----------------------------------


def on_published(sender, instance, **kwargs):
    index_page(instance)


def on_unpublished(sender, instance, **kwargs):
    unindex_page(instance)
