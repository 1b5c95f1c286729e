"""Switching the version for visually impaired visitors on, changing it and off."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from astrakhan_portal.core.sections import site_root_for

from .preferences import COOKIE_MAX_AGE, COOKIE_NAME, Preferences, from_request

MAX_NEXT_LENGTH = 2000


def home_url(request):
    root = site_root_for(request)
    url = root.get_url(request) if root is not None else None
    return url or "/"


def safe_next(request, raw):
    """``raw`` if it is a path on this site, else the home page in the visitor's language."""
    value = (raw or "").strip()
    if (
        not value
        or len(value) > MAX_NEXT_LENGTH
        or not value.startswith("/")
        or value.startswith(("//", "/\\"))
        or any(ch.isspace() or not ch.isprintable() or ch == "\\" for ch in value)
        or not url_has_allowed_host_and_scheme(value, allowed_hosts=set())
    ):
        return home_url(request)
    return value


def accessibility(request):
    """The settings form; with values, store them in the cookie and go back.

    ``?font=&scheme=&images=&spacing=&next=`` sets (unknown values are
    ignored), ``?reset=1&next=`` returns to the normal version.
    """
    next_url = safe_next(request, request.GET.get("next"))
    if request.GET.get("reset") not in (None, "", "0"):
        response = redirect(next_url)
        response.delete_cookie(COOKIE_NAME, path="/", samesite="Lax")
        return response

    current = from_request(request)
    preferences, applied, ignored = (current or Preferences()).updated(request.GET)
    if applied:
        response = redirect(next_url)
        response.set_cookie(
            COOKIE_NAME,
            preferences.cookie_value(),
            max_age=COOKIE_MAX_AGE,
            path="/",
            samesite="Lax",
            httponly=True,
            secure=settings.SESSION_COOKIE_SECURE,
        )
        return response

    notice = _("Some settings were not understood and were left as they were.") if ignored else ""
    return render(
        request,
        "accessibility/settings.html",
        {
            "form_preferences": preferences,
            "next_url": next_url,
            "notice": notice,
        },
    )
