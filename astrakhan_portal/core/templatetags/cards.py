"""``{% card_items "news" items %}``: a list's cards, each in its ``<li>``, from ``templates/cards/``.

The cards are Jinja2 templates (``templates/cards/news.jinja``, ``page.jinja``,
``project.jinja``, ``country.jinja``): see ``core/jinja_engine.py`` for why. Options are
passed to the template (``show_countries=False`` on a country's own page)::

    <ul class="card-grid">{% card_items "project" hub.projects show_countries=False %}</ul>
"""

from django import template
from django.template import engines
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def card_items(kind, items, **options):
    """The cards of ``items`` (rows or pages) of ``kind``, rendered by the Jinja2 engine (a
    kind without its template is Jinja2's ``TemplateNotFound``)."""
    card_list = engines["jinja2"].env.get_template(f"cards/{kind}.jinja")
    return mark_safe(card_list.render(items=items, **options))
