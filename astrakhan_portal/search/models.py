"""The text of each published page in each language, as the site search reads it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One published page's title, summary and body text in one language.

    Kept up to date when a page is published or unpublished (see ``indexing``);
    editors never edit it. The ``folded_*`` columns hold the same text in lower
    case, so that SQLite (whose LIKE ignores case only for Latin letters) can
    match Cyrillic words without regard to case.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="search_entries",
        verbose_name=_("page"),
    )
    language = models.CharField(_("language"), max_length=7)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    folded_title = models.CharField(max_length=255, editable=False)
    folded_text = models.TextField(editable=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="search_entry_page_language"),
        ]
        indexes = [models.Index(fields=["language"], name="search_entry_language")]

    def __str__(self):
        return f"{self.title} ({self.language})"
