"""Purge the proxy cache whenever what anonymous visitors see may have changed.

Publishing, unpublishing, moving or deleting a page, a scheduled publication
(``publish_scheduled``), a view restriction, and saving or deleting anything
pages show (pages, snippets such as the cooperation spheres, images,
documents, sites, settings, models of the content apps) purge the whole site
once the transaction commits.

Why the whole site and not a list of addresses: the home page, the country
hubs, the listings, search results (for any query), the feeds, the sitemap
and the open data all show what one change touches, and a list that forgets
one of them serves a stale page. A page costs one render after a purge.

Purges travel through ``wagtail.contrib.frontend_cache``: one HTTP ``PURGE``
of each site's root address to every proxy in ``WAGTAILFRONTENDCACHE``
(``FRONTEND_CACHE_URLS``); the shipped Varnish configuration bans everything
below the purged address. A purge a proxy does not confirm is stored as a
:class:`PendingPurge`, retried on the next admin page (which tells the editor)
and by ``manage.py retry_purges``; it is never dropped silently.
"""

import logging
import threading
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.contrib import messages
from django.db import DatabaseError, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

# Apps whose models pages show; pages, snippets, images, documents, sites and settings always count.
CONTENT_APPS = {
    "core",
    "home",
    "standard",
    "news",
    "partners",
    "projects",
    "events",
    "universities",
    "monuments",
    "navigation",
}


class PurgeFailed(Exception):
    pass


class ReportingHTTPBackend(HTTPBackend):
    """Wagtail's HTTP purge (for Varnish or nginx), raising when the proxy does not confirm it.

    Wagtail's own backend logs a failure and carries on; here the caller
    learns of it, so the purge can be kept and retried.
    """

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""]),
            headers={"Host": host, "User-Agent": "Wagtail-frontendcache/" + wagtail_version},
        )
        try:
            with urlopen(request, timeout=settings.FRONTEND_CACHE_TIMEOUT) as answer:  # noqa: S310 - configured proxy
                answer.read()
        except HTTPError as error:
            raise PurgeFailed(f"HTTP {error.code} {error.reason}") from error
        except (URLError, OSError) as error:
            raise PurgeFailed(str(getattr(error, "reason", error))) from error


_content_model = {}


def is_content_model(model):
    """Whether saving or deleting an instance of ``model`` can change a public page."""
    if model not in _content_model:
        _content_model[model] = _decide(model)
    return _content_model[model]


def _decide(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage, AbstractRendition
    from wagtail.models import BaseViewRestriction, Page, Site
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, AbstractRendition):
        return False  # made while rendering; the image itself counts
    if issubclass(
        model,
        (
            Page,
            Site,
            AbstractImage,
            AbstractDocument,
            BaseSiteSetting,
            BaseGenericSetting,
            BaseViewRestriction,
        ),
    ):
        return True
    if model in get_snippet_models():
        return True
    return model._meta.app_label in CONTENT_APPS


def site_root_urls():
    """The root address of every site, e.g. ``http://example.org/``."""
    from wagtail.models import Site

    return sorted({site.root_url.rstrip("/") + "/" for site in Site.objects.all()})


def purge_site():
    """Purge every site from every configured proxy; keep what fails for a retry."""
    backends = get_backends()
    if not backends:
        return
    for url in site_root_urls():
        for name, backend in backends.items():
            try:
                backend.purge(url)
            except PurgeFailed as error:
                keep_for_retry(name, url, error)


def keep_for_retry(backend, url, error):
    from .models import PendingPurge

    logger.error("Could not purge %s from the proxy cache %s (%s); it will be retried.", url, backend, error)
    try:
        pending, created = PendingPurge.objects.get_or_create(
            backend=backend, url=url[:500], defaults={"last_error": str(error)[:500]}
        )
        if not created:
            PendingPurge.objects.filter(pk=pending.pk).update(
                attempts=F("attempts") + 1, last_error=str(error)[:500]
            )
    except DatabaseError:
        logger.exception("Could not even store the failed purge of %s.", url)


def retry_pending():
    """Try every stored purge again; the number still pending."""
    from .models import PendingPurge

    backends = get_backends()
    pending = list(PendingPurge.objects.all())
    for purge in pending:
        backend = backends.get(purge.backend)
        if backend is None:  # that proxy is no longer configured
            purge.delete()
            continue
        try:
            backend.purge(purge.url)
        except PurgeFailed as error:
            keep_for_retry(purge.backend, purge.url, error)
        else:
            purge.delete()
            logger.info("Delivered the purge of %s to %s.", purge.url, purge.backend)
    return PendingPurge.objects.count()


_requested = threading.local()


def purge_after_commit():
    """Purge once when the current transaction commits (at once outside a transaction).

    Every change asks for a purge on commit; the first of those callbacks to run
    purges and the others of the same commit find nothing left to do.
    """
    _requested.purge = True

    def run():
        if getattr(_requested, "purge", False):
            _requested.purge = False
            purge_site()

    transaction.on_commit(run)


@receiver(post_save)
@receiver(post_delete)
def content_saved_or_deleted(sender, **kwargs):
    if kwargs.get("raw"):
        return  # loading fixtures
    if is_content_model(sender):
        purge_after_commit()


@receiver(m2m_changed)
def content_relations_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and is_content_model(type(instance)):
        purge_after_commit()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    purge_after_commit()


class PendingPurgeMiddleware:
    """On admin pages: retry purges that failed, and tell the editor while any is left."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and request.method == "GET":
            self.retry_and_warn(request)
        return self.get_response(request)

    @staticmethod
    def retry_and_warn(request):
        from .models import PendingPurge

        try:
            if not request.user.is_authenticated or not PendingPurge.objects.exists():
                return
            left = retry_pending()
        except DatabaseError:
            return
        if left:
            messages.warning(
                request,
                _(
                    "The public site could not be refreshed yet: visitors may still see the "
                    "previous version of changed pages. The refresh is retried automatically; "
                    "if this message stays, tell the site's operator."
                ),
            )
