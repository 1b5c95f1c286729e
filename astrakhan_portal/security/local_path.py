"""Paths of this site taken from the request, made safe to build links from.

A request for ``//evil.example/`` (or ``///evil.example/``, ``/\\evil.example/``)
reaches the 404 page with that path. Read as a URL, a path starting with two
slashes (browsers treat a backslash as a slash) names another host: Django's
``translate_url`` and ``request.build_absolute_uri`` then link to
``//evil.example/en/`` or ``http://evil.example/``. Every link built from the
request path goes through ``local_path`` first.
"""

import re

LEADING_SLASHES = re.compile(r"^[/\\]+")


def local_path(path):
    """``path`` with any run of leading slashes and backslashes cut to one slash."""
    return LEADING_SLASHES.sub("/", path, count=1) if path else path
