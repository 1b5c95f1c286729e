from django import template

from ..settings import form_fields

register = template.Library()


@register.inclusion_tag("accessibility/form.html", takes_context=True)
def vi_form(context, prefix, next_url=""):
    """The settings form; `prefix` keeps its ids unique when the page shows it twice."""
    request = context.get("request")
    if not next_url and request is not None:
        next_url = request.get_full_path()
    return {"prefix": prefix, "fields": form_fields(context.get("vi")), "next_url": next_url}
