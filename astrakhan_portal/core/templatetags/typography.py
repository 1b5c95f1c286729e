"""``{{ text|typeset:language }}``: Russian typography for titles, summaries and rich text.

``{{ page|typeset_field:"title" }}``: a translated field (a page's title, a country's name,
a sphere's name) typeset in the language it is actually shown in.

``{{ value|lang_if_other }}``: ` lang="ru"` when a page or text shown on the page is in
another language than the visitor's (a Russian-only news item on an English list).

The filters give text with the non-breaking space as a character (U+00A0), never as an
entity, so they are safe in attributes too (``<meta content>``, ``aria-label``).
"""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from astrakhan_portal.core.typography import typeset_html

register = template.Library()


def _language(language=None):
    return (language or get_language() or "ru")[:2]


@register.filter(is_safe=True)
def typeset(value, language=None):
    """Typeset ``value`` if it is Russian text: ``language`` is a code, or a page whose body
    ``value`` belongs to; without it, the visitor's language.

    Plain text is escaped first; markup (rich text) keeps its tags untouched.
    """
    if value in (None, ""):
        return value
    if language is not None and not isinstance(language, str):  # a page: its body's language
        language = shown_language(language, "body")
    if _language(language) != "ru":
        return value
    return mark_safe(typeset_html(str(conditional_escape(value))))


@register.filter(is_safe=True)
def typeset_field(obj, field):
    """``obj``'s translated ``field`` as shown to the visitor, typeset if that text is Russian
    (an English page falls back to the Russian text of an untranslated field)."""
    if obj in (None, ""):
        return ""
    return typeset(getattr(obj, field, "") or "", shown_language(obj, field))


@register.filter
def shown_language(page, field=None):
    """The language a visitor reads ``page`` in, or its translated ``field`` ("title", "summary",
    "body"): the visitor's language, or Russian where that field is not translated yet."""
    if field is None:
        return getattr(page, "content_language", None)
    language = _language()
    if language == "ru" or getattr(page, f"{field}_{language}", None):
        return language
    return "ru" if getattr(page, f"{field}_ru", None) else language


@register.filter
def lang_if_other(page, field=None):
    """` lang="xx"` if what ``page`` (or its ``field``) shows is not in the visitor's language."""
    language = shown_language(page, field)
    if not language or language == _language():
        return ""
    return format_html(' lang="{}"', language)
