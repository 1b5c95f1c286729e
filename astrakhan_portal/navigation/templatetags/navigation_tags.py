from django import template

from ..alternates import language_alternates
from ..menu import ancestors_for, menu_pages_for

register = template.Library()

CONTACTS_SLUG = "contacts"


@register.simple_tag(takes_context=True)
def alternates(context):
    """The current page (or view) in each language."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    if page is not None and not hasattr(page, "get_url"):
        page = None
    return language_alternates(request, page)


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The trail from the home page down to ``page``."""
    request = context.get("request")
    ancestors = []
    if page is not None and page.depth > 2:
        if request is not None:
            ancestors = ancestors_for(request, page)
        else:
            ancestors = list(page.get_ancestors().filter(depth__gte=2))
    return {"ancestors": ancestors, "page": page, "request": request}


@register.simple_tag(takes_context=True)
def contacts_page(context):
    """The live Contacts page under the home page (English slug "contacts"), or None."""
    request = context.get("request")
    if request is None:
        return None
    # The Contacts page is one of the menu sections, already loaded for the header.
    return next((page for page in menu_pages_for(request) if page.slug_en == CONTACTS_SLUG), None)
