"""Wagtail's public addresses, with pages served by ``core.routing.serve``.

Wagtail's own ``wagtail.urls`` (the password form of view-restricted pages,
the front-end login) is kept as it is, except for its page-serving pattern,
which is replaced by the same pattern, under the same name ``wagtail_serve``
(so ``Page.get_url`` and ``reverse("wagtail_serve")`` are unchanged), leading
to the portal's view. See ``core/routing.py`` for why.
"""

from django.urls import re_path
from wagtail import urls as wagtail_urls

from .routing import serve

PAGE_VIEW = "wagtail_serve"

urlpatterns = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != PAGE_VIEW] + [
    re_path(wagtail_urls.serve_pattern, serve, name=PAGE_VIEW),
]
