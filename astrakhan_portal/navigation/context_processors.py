"""Site-wide navigation for every template, including error pages."""

from django.utils.functional import SimpleLazyObject

from .menu import main_menu_for, site_root_for


def navigation(request):
    return {
        "site_root": SimpleLazyObject(lambda: site_root_for(request)),
        "main_menu": SimpleLazyObject(lambda: main_menu_for(request)),
    }
