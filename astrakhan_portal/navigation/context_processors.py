"""Site-wide navigation for every template, including error pages."""

from django.utils.functional import SimpleLazyObject

from astrakhan_portal.core.sections import site_root_for

from .menu import home_url_for, main_menu_for


def navigation(request):
    return {
        "site_root": SimpleLazyObject(lambda: site_root_for(request)),
        "main_menu": SimpleLazyObject(lambda: main_menu_for(request)),
        # The home page's address, without a get_url() (navigation/menu.py).
        "home_url": SimpleLazyObject(lambda: home_url_for(request)),
    }
