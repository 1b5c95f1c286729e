"""What every page of the portal has in common."""

from http import HTTPMethod
from urllib.parse import urlencode

from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from astrakhan_portal.translation_admin.panels import bilingual_edit_handler
from astrakhan_portal.translation_admin.slugs import slugify_title

from .blocks import BodyBlock
from .forms import PortalPageForm
from .overrides import SlugCheckOnRivalsOnly

DEFAULT_LANGUAGE = "ru"
LANGUAGES = ("ru", "en")


class BasePage(SlugCheckOnRivalsOnly, Page):
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

    def get_view_restrictions(self):
        """Wagtail's ``Page.get_view_restrictions`` in one query instead of two.

        The restrictions of this page and its ancestors, an alias answering for its
        source page, as Wagtail's: the ancestors' paths are known from this page's
        own tree path, so they and their sources are a subquery of the one query
        (Wagtail loads them first). Wagtail never makes an alias of an alias, so
        one step from alias to source is all there is. Wagtail's
        ``check_view_restrictions`` hook asks this on every page served. A page found
        by the portal's routing knows whether the site has any restriction at all
        (``portal_site_has_view_restrictions``, core/routing.py); without any, the
        answer is empty and asks no query.
        """
        if getattr(self, "portal_site_has_view_restrictions", True) is False:
            return PageViewRestriction.objects.none()
        step = self.steplen
        paths = [self.path[:length] for length in range(step, len(self.path) + 1, step)]
        sources = (
            Page.objects.filter(path__in=paths)
            .annotate(source=Coalesce("alias_of_id", "id"))
            .values("source")
        )
        return PageViewRestriction.objects.filter(page_id__in=sources)

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
        is unknown (the admin's form passes it; a page added with ``add_child`` has
        its tree path, hence its parent, before it is saved)."""
        if parent is None:
            if not self.path:
                return
            parent = self.get_parent()
        for language in LANGUAGES:
            slug_field = f"slug_{language}"
            if getattr(self, slug_field, None):
                continue
            base = slugify_title(getattr(self, f"title_{language}", ""))
            if not base:
                continue
            setattr(self, slug_field, free_slug(parent, language, base, exclude_pk=self.pk))

    def full_clean(self, *args, **kwargs):
        """Validate the page once each language without a slug has one made from its title.
        (wagtail-modeltranslation's slug check then reads only the siblings that could
        clash: ``core.overrides.SlugCheckOnRivalsOnly``.)"""
        self.fill_slugs_from_titles()
        super().full_clean(*args, **kwargs)

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


def free_slug(parent, language, base, exclude_pk=None):
    """``base``, or ``base-2``, ``base-3``...: the first slug in ``language`` that no
    child of ``parent`` (other than page ``exclude_pk``) has. Reads only the children's
    slugs that start with ``base``, however many children there are."""
    slug_field = f"slug_{language}"
    siblings = Page.objects.child_of(parent).filter(**{f"{slug_field}__startswith": base})
    if exclude_pk:
        siblings = siblings.exclude(pk=exclude_pk)
    taken = set(siblings.values_list(slug_field, flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
