"""The version for visually impaired visitors, for every template."""

from astrakhan_portal.security.local_path import local_path

from .preferences import from_request
from .views import safe_next

# Longer return addresses are cut back to the path (or the home page): a robot's
# megabyte-long query string is not copied, percent-encoded, into three links.
MAX_RETURN_PATH = 2000


def return_path(request):
    """Where the VI controls bring the visitor back to: this page, or the page
    the settings form was opened from."""
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == "accessibility":
        return safe_next(request, request.GET.get("next"))
    for candidate in (request.get_full_path(), request.path):
        if len(candidate) <= MAX_RETURN_PATH:
            return local_path(candidate)
    return "/"


def accessibility(request):
    return {
        "vi": from_request(request),
        "vi_next": return_path(request),
    }
