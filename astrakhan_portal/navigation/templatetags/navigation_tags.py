from django import template
from django.conf import settings
from django.utils import translation

from astrakhan_portal.core.page_urls import url_in

from ..alternates import language_alternates
from ..menu import ancestors_for
from ..site_links import linked_page as site_linked_page
from ..site_links import site_links_for

register = template.Library()


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
def site_links(context):
    """The site links setting of this request's site (footer texts, chosen pages), or None."""
    request = context.get("request")
    return None if request is None else site_links_for(request)


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """``page``'s address in the active language, as ``{% pageurl page %}`` gives it for a page
    of this request's site, from its stored ``url_path_<language>`` (no ``reverse()``)."""
    if page is None:
        return ""
    request = context.get("request")
    if request is None:
        return page.get_url()
    return url_in(request, page, (translation.get_language() or settings.LANGUAGE_CODE)[:2])


@register.simple_tag(takes_context=True)
def linked_page(context, role):
    """The live page editors chose for ``role`` in the site links, e.g. "contacts_page"; or None."""
    request = context.get("request")
    return None if request is None else site_linked_page(request, role)
