"""The 503 page: the database does not answer (down, hung past its timeouts, refusing).

Django turns an uncaught exception into the 500 handler's response, from a
view or from a middleware alike; ``operations.views.server_error`` sends database
errors here instead. The page is rendered without the database, in the
language of the address, and asks the visitor to come back shortly.
"""

import sys

from django.db import DatabaseError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

RETRY_AFTER_SECONDS = 30


def database_failed():
    """Whether the exception being handled is the database's."""
    error = sys.exc_info()[1]
    return isinstance(error, DatabaseError)


def service_unavailable(request):
    language = translation.get_language_from_path(request.path) or "ru"
    with translation.override(language):
        html = loader.get_template("503.html").render({"LANGUAGE_CODE": language})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
