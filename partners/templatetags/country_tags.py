"""``{% load country_tags %}{% country_rows page.countries as countries %}``: a page's
partner countries as light rows for ``includes/country_links.html``.

A project, a news item, an event series and a university link to their
countries; the links need each country's title and address, not a country page
object (a wide query and a costly model instance each). In a preview the
countries an editor ticked are not saved yet: they come as they are.
"""

from django import template
from django.db.models import QuerySet

from astrakhan_portal.core.rows import page_rows, translated

register = template.Library()


@register.simple_tag(takes_context=True)
def country_rows(context, countries):
    """The live countries of ``countries`` (a page's many-to-many field) in tree order, as
    :class:`~astrakhan_portal.core.rows.PageRow` objects with their titles and addresses."""
    queryset = countries.all()
    if not isinstance(queryset, QuerySet):  # a preview's unsaved choice
        return [country for country in queryset if country.live]
    return page_rows(context.get("request"), queryset.live().order_by("path"), *translated("title"))
