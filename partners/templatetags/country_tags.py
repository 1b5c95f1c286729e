"""``{% load country_tags %}{% country_rows page "countries" as countries %}``: a page's
partner countries (the many-to-many field named) as light rows for
``includes/country_links.html``.

A project, a news item, an event series and a university link to their
countries; the links need each country's title and address, not a country page
object (a wide query and a costly model instance each). They are read with a
plain queryset through the field's reverse name (the page's related manager,
modelcluster's and modeltranslation's, costs half as much again to build). In a
preview the countries an editor ticked are not saved yet: they come as they are.
"""

from django import template

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.rows import page_columns, plain_rows, rows_from, translated

register = template.Library()


@register.simple_tag(takes_context=True)
def country_rows(context, page, field_name):
    """The live countries of ``page``'s many-to-many field ``field_name`` in tree order, as
    :class:`~astrakhan_portal.core.rows.PageRow` objects with their titles and addresses."""
    request = context.get("request")
    if page.pk is None or getattr(request, "is_preview", False):  # the editor's unsaved choice
        return [country for country in getattr(page, field_name).all() if country.live]
    field = page._meta.get_field(field_name)
    return rows_from(
        request, LIVE_COUNTRIES_OF(shape=(field.related_model, field.related_query_name()), page=page.pk)
    )


def live_countries_of(shape, page):
    """The live countries (model ``shape[0]``) of the page ``page`` (a key), reached through
    the reverse name ``shape[1]`` of the page's field, in tree order, with their titles."""
    model, reverse_name = shape
    countries = plain_rows(model).filter(**{reverse_name: page}, live=True).order_by("path")
    return countries.values(*page_columns(*translated("title")))


LIVE_COUNTRIES_OF = CompiledRead(live_countries_of, page=int)
