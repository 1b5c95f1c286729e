"""Public addresses allow only the HTTP methods they handle (issue 12).

Wagtail pages allowed every method (``OPTIONS /en/`` answered
``Allow: DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT``), and a PUT to a
public view met the CSRF check before anything said it was not allowed.
This middleware sits before CsrfViewMiddleware: for the site's pages and its
public views it answers ``OPTIONS`` with the real ``Allow`` header and any
other method not in that list with "405 Method Not Allowed". The admin,
documents and everything not listed here are left to their own views.
"""

from django.http import HttpResponse, HttpResponseNotAllowed

READ_ONLY = ("GET", "HEAD", "OPTIONS")
# Django views of the public site, by URL name; Wagtail pages use PAGE_METHODS.
VIEW_METHODS = {
    "search": READ_ONLY,
    "opendata_index": READ_ONLY,
    "opendata_passport": READ_ONLY,
    "opendata_download": READ_ONLY,
    "feedback": ("GET", "HEAD", "POST", "OPTIONS"),
    "feedback_sent": READ_ONLY,
    "accessibility": READ_ONLY,
    "news_feed": READ_ONLY,
    "events_ics": READ_ONLY,
    "event_series_ics": READ_ONLY,
    "sitemap": READ_ONLY,
    "robots": READ_ONLY,
}
PAGE_VIEW = "wagtail_serve"


def allowed_methods(match):
    """The methods the view behind ``match`` handles, or None if this module does not know."""
    if match is None:
        return None
    if match.url_name == PAGE_VIEW:
        from astrakhan_portal.core.models import BasePage

        return tuple(BasePage.allowed_http_method_names())
    return VIEW_METHODS.get(match.url_name)


class AllowedMethodsMiddleware:
    """OPTIONS answered with the real Allow header; other unhandled methods get 405."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        allowed = allowed_methods(request.resolver_match)
        if allowed is None:
            return None
        if request.method == "OPTIONS":
            response = HttpResponse(status=200)
            response["Allow"] = ", ".join(allowed)
            response["Content-Length"] = "0"
            return response
        if request.method not in allowed:
            return HttpResponseNotAllowed(list(allowed))
        return None
