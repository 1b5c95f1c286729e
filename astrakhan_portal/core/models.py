"""What every page of the portal has in common."""

from http import HTTPMethod
from urllib.parse import urlencode

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from astrakhan_portal.translation_admin.panels import bilingual_edit_handler
from astrakhan_portal.translation_admin.slugs import slugify_title

from .blocks import BodyBlock
from .forms import PortalPageForm

DEFAULT_LANGUAGE = "ru"
LANGUAGES = ("ru", "en")


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

    # Public pages are only read: other methods get 405 (issue 12, security/methods.py).
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    class Meta:
        abstract = True

    @cached_classmethod
    def get_edit_handler(cls):
        """The editor: a tab per language, one for what both share, and the settings
        (built from the panels above once wagtail-modeltranslation has made one per language)."""
        return bilingual_edit_handler(cls).bind_to_model(cls)

    # The preview shows the page in either language, whatever the admin's language.
    preview_modes = [("ru", _("Russian")), ("en", _("English"))]

    @property
    def default_preview_mode(self):
        """The admin's language (the preview view asks while the admin's language is active)."""
        language = (get_language() or DEFAULT_LANGUAGE)[:2]
        return language if language in LANGUAGES else DEFAULT_LANGUAGE

    def serve_preview(self, request, mode_name):
        """The page rendered in the preview mode's language (rendered here, while that
        language is active). Its language switcher leads to the same preview in the other
        language, never to a public address the draft does not have yet."""
        language = mode_name if mode_name in LANGUAGES else DEFAULT_LANGUAGE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            request.preview_language_urls = self.preview_language_urls(request)
            response = super().serve_preview(request, language)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        return response

    def preview_language_urls(self, request):
        """{language: address of this preview in that language}; empty where the preview
        cannot be opened again by address (a page not saved yet, a moderator's preview)."""
        if not (self.pk and getattr(request, "is_editing", False)):
            return {}
        base = reverse("wagtailadmin_pages:preview_on_edit", args=[self.pk])
        urls = {}
        for language in LANGUAGES:
            query = {"mode": language}
            if getattr(request, "in_preview_panel", False):
                query["in_preview_panel"] = "true"
            urls[language] = f"{base}?{urlencode(query)}"
        return urls

    def minimal_clean(self):
        self.fill_slugs_from_titles()
        super().minimal_clean()

    def fill_slugs_from_titles(self, parent=None):
        """Give each language without a slug one made from its title, in Latin letters
        (Wagtail's own would be empty for a Russian title); a slug a sibling already
        has gets "-2", "-3"... as Wagtail's does. Nothing is filled while the parent
        is unknown (the admin's form passes it; saving a new page knows it)."""
        if parent is None:
            if not (self.path or getattr(self, "_cached_parent_obj", None)):
                return
            parent = self.get_parent()
        for language in LANGUAGES:
            slug_field = f"slug_{language}"
            if getattr(self, slug_field, None):
                continue
            base = slugify_title(getattr(self, f"title_{language}", ""))
            if not base:
                continue
            siblings = Page.objects.child_of(parent)
            if self.pk:
                siblings = siblings.exclude(pk=self.pk)
            taken = set(siblings.values_list(slug_field, flat=True))
            slug, number = base, 1
            while slug in taken:
                number += 1
                slug = f"{base}-{number}"
            setattr(self, slug_field, slug)

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
        self.fill_slugs_from_titles()
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
