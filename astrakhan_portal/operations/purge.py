"""Purge the page cache whenever what visitors see may have changed.

Publishing, unpublishing, moving or deleting a page, and saving or deleting
any content model (pages, their inline parts, snippets, images, documents,
sites, site settings, models of the content apps in PAGE_CACHE_CONTENT_APPS).
A purge bumps the shared generation (see ``pagecache.py``) twice: at once,
and again after the transaction commits, so that a page rendered on another
server between the change and the commit cannot be stored as fresh.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import pagecache

_content_model = {}


def is_content_model(model):
    """Whether saving or deleting an instance of ``model`` can change a public page."""
    if model not in _content_model:
        _content_model[model] = _decide(model)
    return _content_model[model]


def _decide(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import BaseViewRestriction, Page, Site
    from wagtail.snippets.models import get_snippet_models

    # A new or changed view restriction makes a public page private: purge too.
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
    return model._meta.app_label in settings.PAGE_CACHE_CONTENT_APPS


def purge_now_and_after_commit():
    pagecache.purge()
    transaction.on_commit(pagecache.purge)


@receiver(post_save)
@receiver(post_delete)
def content_saved_or_deleted(sender, **kwargs):
    if kwargs.get("raw"):
        return  # loading fixtures
    if is_content_model(sender):
        purge_now_and_after_commit()


@receiver(m2m_changed)
def content_relations_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and is_content_model(type(instance)):
        purge_now_and_after_commit()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    purge_now_and_after_commit()
