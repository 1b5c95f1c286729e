from django import template
from django.conf import settings
from django.utils import translation

from astrakhan_portal.core.jinja_engine import render
from astrakhan_portal.core.page_urls import url_in

from ..alternates import language_alternates
from ..menu import ancestors_for
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


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The trail from the home page down to ``page`` (``templates/frame/breadcrumbs.jinja``)."""
    request = context.get("request")
    ancestors = []
    if page is not None and page.depth > 2:
        if request is not None:
            ancestors = ancestors_for(request, page)
        else:
            ancestors = list(page.get_ancestors().filter(depth__gte=2))
    return render("frame/breadcrumbs.jinja", {"ancestors": ancestors, "page": page})


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


# What the frame's templates read of a page's context (context processors and base.html).
FRAME_NAMES = ("request", "main_menu", "home_url", "language_versions", "vi_next")


@register.simple_tag(takes_context=True)
def frame(context, part):
    """``{% frame "header" %}``: a part of the frame every page shares, ``templates/frame/<part>.jinja``.

    The header (the main menu, the language switcher, the link to the version for the
    visually impaired) and the footer are the same on every page and rendered on every page
    view the proxy does not hold: they are Jinja2 templates for the reason the cards are
    (``core/jinja_engine.py``), rendered with the few names of the page's context they read
    (:data:`FRAME_NAMES`) and ``site_links()``, the footer's setting, read when asked."""
    # A name the context lacks is "", as Django's templates read it (not None, which a
    # filter such as urlencode would write out as "None").
    names = {name: context.get(name, "") for name in FRAME_NAMES}
    request = names["request"]
    names["site_links"] = lambda: site_links_for(request) if request else None
    return render(f"frame/{part}.jinja", names)
