"""The settings of the version for the visually impaired: font size, colours, images, spacing."""

from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from .settings import CHOICES, COOKIE_MAX_AGE, COOKIE_NAME, ViSettings


def accessibility(request):
    """Shows the settings form; with a choice (or ?reset=1) stores it and goes back to `next`."""
    next_url = _local_path(request, request.GET.get("next", ""))
    if request.GET.get("reset"):
        response = redirect(next_url or "/")
        response.delete_cookie(COOKIE_NAME)
        return response
    if any(name in request.GET for name in CHOICES):
        chosen = ViSettings.from_query(request.GET)
        response = redirect(next_url or request.path)
        response.set_cookie(
            COOKIE_NAME, chosen.cookie_value(), max_age=COOKIE_MAX_AGE, samesite="Lax", httponly=True
        )
        return response
    home = "/en/" if translation.get_language() == "en" else "/"
    return render(request, "accessibility/settings_page.html", {"vi_next": next_url or home})


def _local_path(request, url):
    """`url` if it is a path on this site, else an empty string."""
    local = url.startswith("/") and not url.startswith("//") and "\\" not in url
    if local and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return ""
