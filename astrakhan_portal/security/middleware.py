"""Security headers the site sends with every response, and a guard against malformed requests.

Django's SecurityMiddleware already sends HSTS (over HTTPS), nosniff, the
Referrer-Policy and the Cross-Origin-Opener-Policy, and XFrameOptionsMiddleware
sends ``X-Frame-Options``. Django 5.2 has no Content-Security-Policy of its own
and no Permissions-Policy, so this middleware adds them:

- public pages get ``settings.PORTAL_CONTENT_SECURITY_POLICY``: only the site's own
  scripts, styles, images, fonts and forms; no inline scripts or styles, no
  frames, no plugins;
- the Wagtail admin (``settings.ADMIN_URL_PREFIXES``) gets the looser
  ``settings.ADMIN_CONTENT_SECURITY_POLICY``, because Wagtail's own templates
  use inline scripts and styles and the preview shows the page in a frame.
"""

from django.conf import settings
from django.core.exceptions import SuspiciousOperation


def policy_header(directives):
    """A policy dict ({"default-src": ["'self'"], ...}) as a header value."""
    return "; ".join(" ".join([name, *values]) for name, values in directives.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_csp = policy_header(settings.PORTAL_CONTENT_SECURITY_POLICY)
        self.admin_csp = policy_header(settings.ADMIN_CONTENT_SECURITY_POLICY)
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(allow)})" for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        if is_malformed(request):
            from .views import bad_request

            response = bad_request(request)
        else:
            response = self.get_response(request)
        if is_admin(request):
            # Always set: a Wagtail preview renders the public page inside an
            # admin request, and the admin's policy must win there.
            response["Content-Security-Policy"] = self.admin_csp
        else:
            # Kept when a view sets a stricter one (Wagtail serves documents
            # with "default-src 'none'").
            response.setdefault("Content-Security-Policy", self.public_csp)
        response.setdefault("Permissions-Policy", self.permissions_policy)
        return response


def is_admin(request):
    return request.path_info.startswith(tuple(settings.ADMIN_URL_PREFIXES))


def is_malformed(request):
    """True for a request no view should see: answered "400 Bad request" at once.

    - A NUL byte (%00) in the address or a query parameter: never part of a real
      address, and PostgreSQL refuses it in text (a 500 in any view that looked
      it up).
    - A query Django refuses to read, e.g. more parameters than
      DATA_UPLOAD_MAX_NUMBER_FIELDS: every page reads the query for its
      language links, so even the 404 page would fail on it.
    """
    if "\x00" in request.path_info:
        return True
    try:
        return any("\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists())
    except SuspiciousOperation:
        return True
