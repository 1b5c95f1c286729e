"""What every page of the portal has in common."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock
from .forms import PortalPageForm

DEFAULT_LANGUAGE = "ru"


class BasePage(Page):
    """A page with a short summary (used in listings and search results) and a body."""

    base_form_class = PortalPageForm

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        """Validate the page, with the slug check reading only the siblings that could clash.

        wagtail-modeltranslation wraps every translated page model's ``clean``
        with a slug check that loads every sibling page and compares its slug in
        each language (and ``clean`` of a model that calls ``super().clean()``,
        like ``NewsPage``, runs that check twice). While the page is validated,
        ``get_siblings(inclusive=False)`` (the one input of that check) answers
        with the siblings whose slug in some language equals one of this page's
        slugs: one query returning a row or two, read once per validation. See
        docs/performance.md.
        """
        outermost = "_slug_rivals" not in self.__dict__
        if outermost:
            self._slug_rivals = None
        try:
            super().full_clean(*args, **kwargs)
        finally:
            if outermost:
                del self._slug_rivals

    def get_siblings(self, inclusive=True):
        siblings = super().get_siblings(inclusive)
        if inclusive or "_slug_rivals" not in self.__dict__:
            return siblings
        if self._slug_rivals is None:
            self._slug_rivals = slug_rivals(self, siblings)
        return self._slug_rivals

    @property
    def translation_missing(self):
        """True when the visitor's language is not Russian and this page is not
        translated into it yet, so the Russian text is shown in its place."""
        language = (get_language() or DEFAULT_LANGUAGE)[:2]
        if language == DEFAULT_LANGUAGE:
            return False
        if not getattr(self, f"title_{language}", ""):
            return True
        if self.summary_ru and not getattr(self, f"summary_{language}", ""):
            return True
        return bool(len(self.body_ru)) and not len(getattr(self, f"body_{language}") or [])

    @property
    def content_language(self):
        """The language the visitor actually reads on this page."""
        return DEFAULT_LANGUAGE if self.translation_missing else (get_language() or "ru")[:2]

    @property
    def localized_body(self):
        """The body in the visitor's language, or the Russian body if not translated."""
        language = (get_language() or DEFAULT_LANGUAGE)[:2]
        body = getattr(self, f"body_{language}", None)
        if body is not None and len(body):
            return body
        return self.body_ru


def slug_rivals(page, siblings):
    """The ``siblings`` that could take one of ``page``'s slugs in some language.

    A page's slug in a language is that language's slug or, when it is empty,
    the Russian one (modeltranslation's fallback), or else the untranslated
    column. So a sibling can clash with ``page`` in some language only if one of
    its stored slugs equals one of ``page``'s slugs as read in some language:
    every sibling the full check would reject is in this set.
    """
    slugs = set()
    for language in settings.MODELTRANSLATION_LANGUAGES:
        with translation.override(language):
            slugs.add(page.slug)
    return siblings.rewrite(False).filter(stored_slug_in(slugs))


def slugs_entered(cleaned_data):
    """The slugs typed into an admin page form, in every language."""
    return {cleaned_data.get(f"slug_{language}") for language in settings.MODELTRANSLATION_LANGUAGES}


def stored_slug_in(slugs):
    """Pages with a stored slug (untranslated or in some language) among ``slugs``."""
    slugs = {slug for slug in slugs if slug}
    condition = Q(slug__in=slugs)
    for language in settings.MODELTRANSLATION_LANGUAGES:
        condition |= Q(**{f"slug_{language}__in": slugs})
    return condition
