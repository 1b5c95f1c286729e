"""The "bad request" page and the admin's sign-in lockout page, in the visitor's language."""

from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation


def bad_request(request, exception=None):
    """Django's 400 handler: a malformed request, e.g. a NUL byte or too many query parameters."""
    # The query may be what is wrong (Django refuses more than
    # DATA_UPLOAD_MAX_NUMBER_FIELDS of them): the page is drawn without it,
    # or reading it again for the language links would fail with a 500.
    request.GET = QueryDict()
    try:
        request.get_host()
    except DisallowedHost:
        # A Host header this site does not answer to (a scanner, a misrouted
        # proxy): no address can be built from it, so the page links nowhere.
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        with translation.override(language):
            return render(request, "400_unknown_host.html", status=400)
    return render(request, "400.html", status=400)


def lockout(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: too many failed sign-ins for this user from this address.

    Shown in the admin's language (Russian unless the browser or the /en/
    cookie asks for English), with status 429 and no sign-in form.
    """
    cooloff = get_cool_off(request)
    minutes = int(cooloff.total_seconds() // 60) if cooloff else None
    return render(
        request,
        "security/lockout.html",
        {
            "failure_limit": get_failure_limit(request, credentials),
            "cooloff_minutes": minutes,
            "login_url": reverse("wagtailadmin_login"),
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def csrf_failure(request, reason=""):
    """Django's CSRF_FAILURE_VIEW: the site's own page, in the language of the page the form was on."""
    return render(request, "security/csrf_failure.html", status=403)
