"""The Jinja2 environment the cards of lists are rendered with (``templates/cards/*.jinja``).

A list shows the same card once per item: ten news items, twelve projects. Django's
template engine interprets each card node by node (variable lookups, filter calls,
escaping decisions) at about 50 µs a card besides the filters' own work; Jinja2
compiles a template to Python once, and renders the same card for a third of that.
The rest of every page stays in Django's templates; a card list is rendered with
``{% card_items "news" items %}`` (``core/templatetags/cards.py``).

The cards use the Django templates' own filters (``typeset_field``, ``lang_if_other``,
``local_date``...), called as Jinja2 filters with their argument in brackets
(``item|lang_if_other("title")``), and escape as Django does: every value written is
escaped by Django's rule (``&#x27;``, ``&quot;``), a safe string (``mark_safe``, a
filter's markup) is left alone. That is the environment's ``finalize``, which Jinja2
applies to every ``{{ ... }}``; Jinja2's own autoescaping is off (settings), as it would
only wrap each escaped value once more (a fifth of a card's cost). So a card template
has no macros (their output would be escaped as text) and no ``|safe``: markup comes
from the filters, as safe strings. Nor has a card text of its own to translate: one that
needs it needs Jinja2's i18n extension here, and ``make makemessages`` to read ``.jinja``
files (today it reads the Django templates and the code only).
docs/performance.md ("Cards rendered by Jinja2").
"""

from django.core.exceptions import ImproperlyConfigured
from jinja2 import Environment

from .templatetags.local_dates import iso_date, local_date
from .templatetags.typography import escaped, lang_if_other, typeset_field, typeset_summary

CARD_FILTERS = {
    "iso_date": iso_date,
    "local_date": local_date,
    "lang_if_other": lang_if_other,
    "typeset_field": typeset_field,
    "typeset_summary": typeset_summary,
}


def environment(**options):
    """The environment of Django's Jinja2 backend (settings ``TEMPLATES``, which turn Jinja2's
    autoescaping off): its loader, every value escaped by :func:`escaped`, the card filters."""
    if options.get("autoescape"):
        raise ImproperlyConfigured("The cards' Jinja2 engine escapes in finalize: set autoescape False.")
    env = Environment(**options, finalize=escaped)
    env.filters.update(CARD_FILTERS)
    return env
