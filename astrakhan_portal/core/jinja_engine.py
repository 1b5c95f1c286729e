"""The Jinja2 environment of what every page repeats: the cards of lists
(``templates/cards/*.jinja``) and the frame (``templates/frame/*.jinja``: head metadata,
header, main menu, breadcrumbs, footer).

A list shows the same card once per item: ten news items, twelve projects; every page
shows the same frame. Django's template engine interprets them node by node (variable
lookups, filter calls, escaping decisions) at about 50 µs a card besides the filters' own
work, and 1-1.3 ms for the frame; Jinja2 compiles a template to Python once and renders
the same card for a third of that (the frame: 7-10 % of a page's cost spared). The pages'
own templates stay Django's (their context is what the tests read); the parts are
rendered from them by ``{% card_items "news" items %}`` (``core/templatetags/cards.py``),
``{% frame "header" %}`` and ``{% breadcrumbs page %}`` (``navigation_tags``) and
``{% head_meta %}`` (``seo_tags``).

The templates use the Django templates' own filters (``typeset_field``, ``lang_if_other``,
``local_date``...), called as Jinja2 filters with their argument in brackets
(``item|lang_if_other("title")``), and escape as Django does: every value written is
escaped by Django's rule (``&#x27;``, ``&quot;``), a safe string (``mark_safe``, a
filter's markup) is left alone. That is the environment's ``finalize``, which Jinja2
applies to every ``{{ ... }}``; Jinja2's own autoescaping is off (settings), as it would
only wrap each escaped value once more (a fifth of a card's cost). So these templates
have no macros (their output would be escaped as text) and no ``|safe``: markup comes
from the filters and tags, as safe strings. Texts to translate are written
``{{ _("Search") }}``: Django's ``gettext`` and catalogs, which ``make makemessages``
fills from ``.jinja`` files too (Django's extractor reads the ``_()`` calls in them as in its
own templates). ``url("search")`` is Django's ``reverse``; ``optional_url`` gives "" where
the view does not exist, as ``{% url ... as name %}`` does.
docs/performance.md ("Cards rendered by Jinja2", "The frame rendered by Jinja2").
"""

from django.core.exceptions import ImproperlyConfigured
from django.template import engines
from django.template.defaultfilters import truncatewords, urlencode
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from jinja2 import Environment, Undefined

from .templatetags.local_dates import iso_date, local_date
from .templatetags.typography import (
    escaped,
    lang_if_other,
    shown_language,
    typeset,
    typeset_field,
    typeset_summary,
)

FILTERS = {
    "iso_date": iso_date,
    "local_date": local_date,
    "lang_if_other": lang_if_other,
    "shown_language": shown_language,
    "typeset": typeset,
    "typeset_field": typeset_field,
    "typeset_summary": typeset_summary,
    "truncatewords": truncatewords,
    "urlencode": urlencode,
}


def optional_url(name):
    """``{% url name as variable %}``: the view's address, or "" where there is no such view."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""


GLOBALS = {
    # Django's catalogs, as {% translate %} reads them; the text is escaped like any value.
    "_": gettext,
    "url": reverse,
    "optional_url": optional_url,
}


def environment(**options):
    """The environment of Django's Jinja2 backend (settings ``TEMPLATES``, which turn Jinja2's
    autoescaping off): its loader, every value escaped by :func:`escaped`, the filters and
    functions above. A missing name or key writes nothing, as in Django's templates, in
    development too (Django's backend would write it out when ``DEBUG`` is on)."""
    if options.get("autoescape"):
        raise ImproperlyConfigured("The Jinja2 engine escapes in finalize: set autoescape False.")
    env = Environment(**{**options, "undefined": Undefined}, finalize=escaped)
    env.filters.update(FILTERS)
    env.globals.update(GLOBALS)
    return env


def render(name, context):
    """``templates/<name>`` rendered by this engine with ``context`` (a dict), as safe markup
    for the Django template whose tag asked for it (the cards, the frame, the options)."""
    return mark_safe(engines["jinja2"].env.get_template(name).render(context))
