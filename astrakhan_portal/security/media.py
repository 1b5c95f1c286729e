"""Uploaded media served by the development server, documents excepted.

Documents live under MEDIA_ROOT/documents/ with their upload names; one in a
private (password-protected) collection must only ever be served by Wagtail's
``/documents/<id>/<name>`` view, which checks the restriction. So the
development server serves images and other media but never that folder, and
a production proxy must not serve it either (docs/security.md).
"""

import re

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

DOCUMENTS_FOLDER = "documents/"


def media_patterns():
    """URL patterns serving MEDIA_ROOT at MEDIA_URL, except its documents folder."""
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    return [
        re_path(
            rf"^{prefix}(?!{re.escape(DOCUMENTS_FOLDER)})(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
