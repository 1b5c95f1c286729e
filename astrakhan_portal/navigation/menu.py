"""The main menu, the breadcrumbs and the home link: the live sections under the home
page that editors show in menus, as ``core.sections`` reads them (rows, stored
addresses; one query per request).

When the database does not answer, the site root is None and the menu empty
(logged): a page that must render without the database (the feedback form
giving a visitor their text back) shows no menu instead of a 500.
"""

from astrakhan_portal.core.sections import SECTION_COLUMNS, live_sections_for, section_from, site_root_for
from astrakhan_portal.core.templatetags.typography import lang_if_other, typeset_field


def home_url_for(request):
    """The address of the request's site's home page in the active language, or None."""
    root = site_root_for(request)
    return None if root is None else section_from(request, vars(root)).url


def menu_pages_for(request):
    """The live sections shown in menus, as :class:`Section` objects (no query of their own)."""
    return [section for section in live_sections_for(request) if section.show_in_menus]


def ancestors_for(request, page):
    """The pages between the home page (included) and ``page``, for breadcrumbs, as
    :class:`Section` objects.

    The home page and the sections are already loaded for the header, so a page
    under a menu section needs no query of its own (query budget, issue 5); any
    other page asks the database once, for the ancestors' columns.
    """
    if page.depth <= 2:
        return []
    known = {section.path: section for section in menu_pages_for(request)}
    root = site_root_for(request)
    if root is not None:
        known[root.path] = section_from(request, vars(root))
    step = page.steplen
    paths = [page.path[:length] for length in range(2 * step, len(page.path), step)]
    if all(path in known for path in paths):
        return [known[path] for path in paths]
    rows = page.get_ancestors().filter(depth__gte=2).values(*SECTION_COLUMNS)
    return [section_from(request, row) for row in rows]


def main_menu_for(request):
    """[(title, url, is_current, lang)] for the sections in the main menu: the title typeset if
    Russian, and ` lang="ru"` for a section not yet translated on an English page."""
    if site_root_for(request) is None:
        return []
    current_path = request.path
    return [
        (typeset_field(page, "title"), url, current_path.startswith(url), lang_if_other(page, "title"))
        for page in menu_pages_for(request)
        if (url := page.url)
    ]
