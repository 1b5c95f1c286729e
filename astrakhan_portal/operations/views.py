"""Error pages in the visitor's language."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation

from .unavailable import database_failed, service_unavailable


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """The 500 page, rendered without touching the database; the 503 page if the database failed."""
    if database_failed():
        return service_unavailable(request)
    language = translation.get_language_from_path(request.path) or "ru"
    with translation.override(language):
        html = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    return HttpResponseServerError(html)
