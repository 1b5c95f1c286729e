"""Security headers the site sends with every response, and a guard against NUL bytes.

Django's SecurityMiddleware already sends HSTS (over HTTPS), nosniff, the
Referrer-Policy and the Cross-Origin-Opener-Policy, and XFrameOptionsMiddleware
sends ``X-Frame-Options``. Django 5.2 has no Content-Security-Policy of its own
and no Permissions-Policy, so this middleware adds them:

- public pages get ``settings.CONTENT_SECURITY_POLICY``: only the site's own
  scripts, styles, images, fonts and forms; no inline scripts or styles, no
  frames, no plugins;
- the Wagtail admin (``settings.ADMIN_URL_PREFIXES``) gets the looser
  ``settings.ADMIN_CONTENT_SECURITY_POLICY``, because Wagtail's own templates
  use inline scripts and styles and the preview shows the page in a frame.
"""

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.shortcuts import render


def policy_header(directives):
    """A policy dict ({"default-src": ["'self'"], ...}) as a header value."""
    return "; ".join(" ".join([name, *values]) for name, values in directives.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_csp = policy_header(settings.CONTENT_SECURITY_POLICY)
        self.admin_csp = policy_header(settings.ADMIN_CONTENT_SECURITY_POLICY)
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(allow)})" for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        if "\x00" in request.path_info or has_nul(request):
            # A NUL byte is never part of a real address, and PostgreSQL refuses
            # it in a query: answer "bad request" before anything looks it up.
            response = render(request, "400.html", status=400)
        else:
            response = self.get_response(request)
        # Always set (not setdefault): a Wagtail preview renders the public page
        # inside an admin request, and the admin's policy must win there.
        response["Content-Security-Policy"] = self.admin_csp if is_admin(request) else self.public_csp
        response.setdefault("Permissions-Policy", self.permissions_policy)
        return response


def is_admin(request):
    return request.path_info.startswith(tuple(settings.ADMIN_URL_PREFIXES))


def has_nul(request):
    """True if a decoded query parameter holds a NUL (sent as %00)."""
    try:
        return any("\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists())
    except SuspiciousOperation:  # e.g. too many fields: Django answers 400 itself later
        return False
