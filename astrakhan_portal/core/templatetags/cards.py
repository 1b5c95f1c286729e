"""``{% card_items "news" items %}``: a list's cards, each in its ``<li>``, from ``templates/cards/``.

The cards are Jinja2 templates (``templates/cards/news.jinja``, ``page.jinja``,
``project.jinja``, ``country.jinja``, ``monument.jinja``, ``search_result.jinja``): see
``core/jinja_engine.py`` for why. Options are
passed to the template (``show_countries=False`` on a country's own page)::

    <ul class="card-grid">{% card_items "project" hub.projects show_countries=False %}</ul>

``{% select_options "country" filter_countries listing.selected.country %}``: the options
of a list's filter, from ``templates/options/``, as Jinja2 templates for the same reason.
"""

from django import template

from ..jinja_engine import render

register = template.Library()


@register.simple_tag
def card_items(kind, items, **options):
    """The cards of ``items`` (rows or pages) of ``kind``, rendered by the Jinja2 engine (a
    kind without its template is Jinja2's ``TemplateNotFound``)."""
    return render(f"cards/{kind}.jinja", {"items": items, **options})


@register.simple_tag
def select_options(kind, items, selected):
    """The ``<option>``s of a list's filter of ``kind`` ("country", "sphere", "year") from
    ``templates/options/``, the one whose value is ``selected`` marked so."""
    return render(f"options/{kind}.jinja", {"items": items, "selected": selected})
