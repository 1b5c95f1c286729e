"""The main menu: the live sections under the home page that editors show in menus."""

from wagtail.models import Page, Site


def site_root_for(request):
    """The home page of the site serving this request, or None."""
    if not hasattr(request, "_portal_site_root"):
        site = Site.find_for_request(request)
        request._portal_site_root = site.root_page if site else None
    return request._portal_site_root


def main_menu_for(request):
    """[(title, url, is_current)] for the sections in the main menu."""
    root = site_root_for(request)
    if root is None:
        return []
    current_path = request.path
    items = []
    for page in Page.objects.child_of(root).live().in_menu().order_by("path"):
        url = page.get_url(request)
        if url:
            items.append((page.title, url, current_path.startswith(url)))
    return items
