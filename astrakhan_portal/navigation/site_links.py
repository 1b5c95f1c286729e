"""Reading the site links (:class:`.models.SiteLinks`) on public pages without a query.

Every page's footer shows the setting, so it is kept in Django's cache (one
entry per site: the chosen pages' ids and the footer texts in each language)
and rebuilt when an editor saves it. Every server sees the change at once
when the cache is shared (Redis, ``REDIS_URL``); with the per-process memory
cache other processes see it after ``SITE_LINKS_CACHE_SECONDS``.

A chosen page is looked up only when a template asks for it: the contacts
page is one of the menu sections the header already loaded, so it costs
nothing; any other page costs one query by primary key. An unset, deleted
or unpublished page gives ``None`` and the template leaves the link out.
Without a database (the feedback form giving a visitor their text back)
there are no links and no footer texts, never an error.
"""

import logging

from django.core.cache import cache
from django.db import DatabaseError, transaction
from modeltranslation.translator import translator
from wagtail.models import Page, Site

from .menu import menu_pages_for

logger = logging.getLogger(__name__)

SITE_LINKS_CACHE_SECONDS = 300
CACHE_KEY = "portal:site-links:{site_id}"


def cache_key(site_id):
    return CACHE_KEY.format(site_id=site_id)


def site_links_for(request):
    """This request's site's :class:`SiteLinks` (unsaved copy from the cache), or None.

    Read once per request; the fields are those of the stored setting, with
    modeltranslation giving ``footer_title``/``footer_text`` in the current
    language (Russian when the English one is empty).
    """
    if not hasattr(request, "_portal_site_links"):
        request._portal_site_links = _load(request)
    return request._portal_site_links


def _load(request):
    from .models import SiteLinks

    try:
        site = Site.find_for_request(request)
        if site is None:
            return None
        key = cache_key(site.pk)
        values = cache.get(key)
        if values is None:
            stored = SiteLinks.objects.filter(site=site).first()
            values = {} if stored is None else _values(stored)
            cache.set(key, values, SITE_LINKS_CACHE_SECONDS)
    except DatabaseError:
        logger.warning("No site links: the database did not answer", exc_info=True)
        return None
    return SiteLinks(site_id=site.pk, **values)


def _values(setting):
    """The stored columns that pages need: ids of the chosen pages, each language's texts.

    Not the translated fields themselves (``footer_title``): modeltranslation
    reads and writes those in the current language.
    """
    translated = set(translator.get_options_for_model(type(setting)).fields)
    return {
        field.attname: getattr(setting, field.attname)
        for field in setting._meta.concrete_fields
        if field.attname not in {"id", "site_id", *translated}
    }


def linked_page(request, role):
    """The live page chosen for ``role`` ("contacts_page", "privacy_page"), or None."""
    links = site_links_for(request)
    page_id = getattr(links, f"{role}_id", None) if links is not None else None
    if not page_id:
        return None
    for page in menu_pages_for(request):
        if page.pk == page_id:
            return page
    try:
        return Page.objects.live().filter(pk=page_id).first()
    except DatabaseError:
        logger.warning("No link to the %s: the database did not answer", role, exc_info=True)
        return None


def forget_site_links(sender, instance, **kwargs):
    """Signal receiver: drop the cached setting when it is saved or deleted (now and after commit)."""
    key = cache_key(instance.site_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))
