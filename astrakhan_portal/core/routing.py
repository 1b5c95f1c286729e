"""The view that serves every page: finds it by its stored address in one query.

Wagtail serves pages through ``wagtail.views.serve``, which asks the site's
root page to ``route`` the address. wagtail-modeltranslation replaces ``route``
on every translated page model (``patch_wagtailadmin._new_route``) with a walk
down the tree that loads every child of each level to compare slugs in the
visitor's language, so showing a news item cost more with every news item
added. Neither library offers a hook for routing, and the replacement is made
at start-up on the model classes, so a ``route`` of our own would be
overwritten. The extension point used here is the URL configuration: the
``wagtail_serve`` address (same name, same pattern) goes to ``serve`` below,
which is Wagtail's view with one change, how the page is found.

Every page already stores its address in each language (``url_path_ru``,
``url_path_en``, with the Russian slug standing in for a missing translation,
exactly as the walk compares them), so ``page_at`` looks the page up by that
address directly. Anything the lookup does not find (a routable page's
sub-address, an unknown address) goes through the library's walk, which gives
the same answer as before. The page found is then asked to ``route`` itself
with no remaining path, so drafts still get a 404 exactly as before; Wagtail's
``before_serve_page`` hooks (view restrictions, passwords) and
``on_serve_page`` hooks run as in Wagtail's view. docs/performance.md
("Routing").

Upstream: wagtail-modeltranslation's ``_new_route`` could look the page up by
``url_path_<language>`` the same way; when it does, delete this module and
``core/urls.py`` and include ``wagtail.urls`` again.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists
from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction
from wagtail.views import serve_chain

from .compiled import CompiledRead
from .rows import plain_rows
from .sections import live_sections_for
from .sites import site_for


def serve(request, path):
    """Serve the page at ``path`` (the ``wagtail_serve`` view), as Wagtail's ``serve`` does."""
    route = route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route

    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)

    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result

    return on_serve_chain(page, request, args, kwargs)


def route_for_request(request, path):
    """The ``RouteResult`` (page, args, kwargs) for ``path`` on the request's site, or None.

    What ``Page.route_for_request`` answers, found by stored address when possible.
    """
    site = site_for(request)
    if site is None:
        return None
    # The site's row carries what the lookup by address needs of its home page (tree
    # path, depth, stored addresses); the home page itself is loaded, as its own type,
    # only to serve it or a sub-address only the tree walk knows (a routable page's).
    root = site.root_page
    path_components = [component for component in path.split("/") if component]
    try:
        page = page_at(request, root, path_components) if path_components else None
        if page is not None:
            return page.route(request, [])
        home = specific_page(root.content_type_id, root.pk)
        return None if home is None else home.route(request, path_components)
    except Http404:
        return None


def page_at(request, root, path_components):
    """The page below ``root`` whose address in the active language is ``path_components``, or None."""
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    if language not in dict(settings.LANGUAGES):
        return None
    field = build_localized_fieldname("url_path", language)
    root_url_path = getattr(root, field, None) or root.url_path
    if not root_url_path:
        return None
    url_path = root_url_path + "/".join(path_components) + "/"

    if len(path_components) == 1:
        # A live section right under the home page (a list, a standard page): the rows
        # the menu reads for every page know its key and type, so no lookup of its own.
        for section in live_sections_for(request):
            if getattr(section, field, None) == url_path:
                return specific_page(section.content_type_id, section.pk)

    # The depth follows from the address (one level per component): with it the lookup
    # reads the pages of that level below the root (core/migrations/0001), not every page.
    depth = root.depth + len(path_components)
    found = PAGES_AT(shape=field, url_path=url_path, path=root.path, depth=depth)
    if len(found) != 1:
        return None
    return specific_page(*found[0])


def specific_page(content_type_id, pk):
    """The page ``pk`` as its own type, or None.

    Whether the site has any view restriction at all comes in the same query
    (``portal_site_has_view_restrictions``): where it has none, the usual case,
    serving the page asks no query for its restrictions (``BasePage.get_view_restrictions``).
    """
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    found = PAGE_AS_ITS_TYPE(shape=model, pk=pk)
    return found[0] if found else None


def pages_at(field, url_path, path, depth):
    """The type and key of the pages at ``depth`` below tree ``path`` whose stored address
    ``field`` (``url_path_ru``...) is ``url_path``: at most two (one is the answer)."""
    return (
        plain_rows(Page)
        .filter(**{field: url_path, "path__startswith": path, "depth": depth})
        .values_list("content_type_id", "pk")[:2]
    )


def page_as_its_type(model, pk):
    restrictions = Exists(PageViewRestriction.objects.all())
    return model.objects.filter(pk=pk).annotate(portal_site_has_view_restrictions=restrictions).order_by()[:1]


PAGES_AT = CompiledRead(pages_at, rows="tuples", url_path=str, path=str, depth=int)
PAGE_AS_ITS_TYPE = CompiledRead(page_as_its_type, rows="objects", pk=int)
