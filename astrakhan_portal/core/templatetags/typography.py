"""``{{ text|typeset:language }}``: Russian typography for titles, summaries and rich text.

``{{ value|lang_if_other }}``: ` lang="ru"` when a page or text shown on the page is in
another language than the visitor's (a Russian-only news item on an English list).
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
    """Typeset ``value`` if it is Russian text (the page's language unless given).

    Plain text is escaped first; markup (rich text) keeps its tags untouched.
    """
    if value in (None, ""):
        return value
    if _language(language) != "ru":
        return value
    return mark_safe(typeset_html(str(conditional_escape(value))))


@register.filter
def lang_if_other(page):
    """` lang="xx"` if what ``page`` shows is not in the visitor's language, else nothing."""
    language = getattr(page, "content_language", None)
    if not language or language == _language():
        return ""
    return format_html(' lang="{}"', language)
