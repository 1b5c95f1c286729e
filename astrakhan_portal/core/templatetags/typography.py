"""``{{ text|typeset:language }}``: Russian typography for titles, summaries and rich text.

``{{ page|typeset_field:"title" }}``: a translated field (a page's title, a country's name,
a sphere's name) typeset in the language it is actually shown in.

``{{ value|lang_if_other }}``: ` lang="ru"` when a page or text shown on the page is in
another language than the visitor's (a Russian-only news item on an English list).

``{{ page|typeset_summary }}``: a card's summary: its first 40 words, as Django's
``truncatewords:40`` gives them, typeset in the language it is shown in.

The filters give text with the non-breaking space as a character (U+00A0), never as an
entity, so they are safe in attributes too (``<meta content>``, ``aria-label``).
"""

import html

from django import template
from django.template.defaultfilters import truncatewords
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from astrakhan_portal.core.rows import PageRow
from astrakhan_portal.core.typography import typeset_html

register = template.Library()


SUMMARY_WORDS = 40


def _language(language=None):
    return (language or get_language() or "ru")[:2]


def _visitor_language(obj):
    """The visitor's language: the one a row was read for (``PageRow.visitor_language``)
    without asking Django again, else the active one."""
    return getattr(obj, "visitor_language", None) or _language()


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
    return mark_safe(typeset_html(escaped(value)))


def escaped(value):
    """Django's ``conditional_escape(value)``: a safe string as it is, anything else as escaped
    text; without the lazy-string wrapper of Django's ``escape``, for what every card calls
    (the typographer, and each value a card writes: ``core/jinja_engine.py``)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return SafeString(html.escape(str(value)))


@register.filter(is_safe=True)
def typeset_field(obj, field):
    """``obj``'s translated ``field`` as shown to the visitor, typeset if that text is Russian
    (an English page falls back to the Russian text of an untranslated field)."""
    if obj in (None, ""):
        return ""
    memo = _memo_of(obj)
    key = ("typeset", field)
    if memo is None or key not in memo:
        text = typeset(getattr(obj, field, "") or "", shown_language(obj, field))
        if memo is None:
            return text
        memo[key] = text
    return memo[key]


def _memo_of(obj):
    """Where a row keeps what its filters gave, or None for anything else: a country or a
    sphere is shown many times on one page (a filter's option, a tag on every card of it),
    from the same row, which lives as long as the request; a page object is left alone."""
    return obj.__dict__.setdefault("_shown", {}) if isinstance(obj, PageRow) else None


@register.filter
def shown_language(page, field=None):
    """The language a visitor reads ``page`` in, or its translated ``field`` ("title", "summary",
    "body"): the visitor's language, or Russian where that field is not translated yet."""
    if field is None:
        return getattr(page, "content_language", None)
    language = _visitor_language(page)
    if language == "ru" or getattr(page, f"{field}_{language}", None):
        return language
    return "ru" if getattr(page, f"{field}_ru", None) else language


@register.filter
def lang_if_other(page, field=None):
    """` lang="xx"` if what ``page`` (or its ``field``) shows is not in the visitor's language."""
    memo = _memo_of(page)
    key = ("lang", field)
    if memo is not None and key in memo:
        return memo[key]
    language = shown_language(page, field)
    attribute = (
        ""
        if not language or language == _visitor_language(page)
        else mark_safe(f' lang="{escape(language)}"')
    )
    if memo is not None:
        memo[key] = attribute
    return attribute


@register.filter(is_safe=True)
def typeset_summary(obj):
    """``obj``'s summary as a card shows it: the first 40 words of the text the visitor reads
    (Russian where it is not translated; then cut as ``truncatewords:40`` cuts), typeset if
    that text is Russian. Cut before typesetting: a non-breaking space is not a word break."""
    summary = getattr(obj, "summary", None) if obj not in (None, "") else None
    if not summary:
        return ""
    words = summary.split()
    summary = " ".join(words) if len(words) <= SUMMARY_WORDS else truncatewords(summary, SUMMARY_WORDS)
    return typeset(summary, shown_language(obj, "summary"))
