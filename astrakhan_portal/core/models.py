"""What every page of the portal has in common."""

from http import HTTPMethod

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock

DEFAULT_LANGUAGE = "ru"


class BasePage(Page):
    """A page with a short summary (used in listings and search results) and a body."""

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

    def get_view_restrictions(self):
        """The view restrictions of this page and its ancestors (Wagtail checks them on every view).

        With the fragment cache on, the answer is kept until the next purge
        (saving or deleting a restriction purges, see ``operations/purge.py``),
        sparing two queries per page view.
        """
        from wagtail.models import PageViewRestriction

        from astrakhan_portal.operations import fragments

        if not fragments.enabled():
            return super().get_view_restrictions()
        restrictions = fragments.cached(
            None,
            "view-restrictions",
            lambda: list(super(BasePage, self).get_view_restrictions()),
            (self.pk,),
            per_language=False,
        )
        if restrictions:
            queryset = PageViewRestriction.objects.filter(
                pk__in=[restriction.pk for restriction in restrictions]
            )
        else:
            # Most pages: nothing restricts them, and nothing filtered from that can.
            queryset = PageViewRestriction.objects.none()
        queryset._result_cache = restrictions
        queryset._prefetch_done = True
        return queryset
