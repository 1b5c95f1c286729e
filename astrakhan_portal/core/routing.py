"""Find the page for an address with one query instead of one per level.

wagtail-modeltranslation's ``route`` walks the tree from the home page one
level at a time and loads every child of each level to compare slugs in the
visitor's language, so the cost of showing a news item grew with the number of
news items. Every page already stores its address in each language
(``url_path_ru``, ``url_path_en``, with the Russian slug standing in for a
missing translation, exactly as the walk compares them), so the home page
looks the page up by that address directly. Anything the lookup does not find
(a routable page's sub-address, an unknown address) goes through the original
walk, which gives the same answer as before.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page


def install(home_page_model):
    """Route requests below ``home_page_model`` (a site root) by address."""
    walk = home_page_model.route

    def route(self, request, path_components):
        if path_components:
            page = page_at(self, path_components, request)
            if page is not None:
                return page.route(request, [])
        return walk(self, request, path_components)

    home_page_model.route = route


def page_at(root, path_components, request=None):
    """The page below ``root`` whose address in the active language is ``path_components``, or None."""
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    if language not in dict(settings.LANGUAGES):
        return None
    field = build_localized_fieldname("url_path", language)
    root_url_path = getattr(root, field, None) or root.url_path
    if not root_url_path:
        return None
    url_path = root_url_path + "/".join(path_components) + "/"

    found = list(
        Page.objects.filter(**{field: url_path, "path__startswith": root.path}).values_list(
            "content_type_id", "pk"
        )[:2]
    )
    if len(found) != 1:
        return None
    content_type_id, pk = found[0]
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return None if model is None else model.objects.filter(pk=pk).first()
