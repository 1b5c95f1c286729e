"""Page and collection passwords are throttled like sign-ins.

Wagtail checks a password of a restricted page at
``/_util/authenticate_with_password/<restriction>/<page>/`` and of a private
document collection at ``/documents/authenticate_with_password/<restriction>/``.
Each wrong password (the form drawn again instead of a redirect) counts
against the client address and that restriction; after
``PASSWORD_FAILURE_LIMIT`` of them within ``PASSWORD_COOLOFF_SECONDS`` the
address gets "429 Too many wrong passwords" without the password being
checked, even the right one. A right password clears the count. Counts live in
the default cache (see rate_limit.py: a failing cache lets attempts through).
"""

from django.conf import settings
from django.shortcuts import render

from .client_ip import client_ip
from .rate_limit import attempts, count_attempt, reset

PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password": "page_view_restriction_id",
    "wagtaildocs_authenticate_with_password": "restriction_id",
}
SCOPE = "view-password"


class PasswordThrottleMiddleware:
    """Refuses password attempts past the limit; counts the wrong ones and clears on a right one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        identity = getattr(request, "portal_password_attempt", None)
        if identity is not None:
            if response.status_code in (301, 302, 303):
                reset(SCOPE, identity)
            elif response.status_code == 200:  # the password form again: a wrong password
                count_attempt(SCOPE, identity, settings.PASSWORD_COOLOFF_SECONDS)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.url_name not in PASSWORD_VIEWS:
            return None
        identity = f"{match.url_name}:{view_kwargs.get(PASSWORD_VIEWS[match.url_name])}:{client_ip(request)}"
        if attempts(SCOPE, identity) >= settings.PASSWORD_FAILURE_LIMIT:
            return refused(request)
        request.portal_password_attempt = identity
        return None


def refused(request):
    minutes = max(1, settings.PASSWORD_COOLOFF_SECONDS // 60)
    return render(
        request,
        "security/password_throttled.html",
        {"failure_limit": settings.PASSWORD_FAILURE_LIMIT, "cooloff_minutes": minutes},
        status=429,
    )
