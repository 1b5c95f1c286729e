"""Recurring Caspian events held in Astrakhan, and their dated editions."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.models import BasePage
from astrakhan_portal.core.page_urls import ADDRESS_FIELDS, addresses_for
from astrakhan_portal.core.rows import PageRow, current_language, live_child_rows, plain_rows, translated


def today():
    return timezone.localdate()


class EventIndexPage(BasePage):
    """Caspian events: the upcoming editions first, then every event series."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventSeriesPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        editions = UPCOMING_IN_LIST(on=today(), path=self.path)
        context["upcoming_editions"] = edition_rows(request, editions)
        context["series_list"] = live_child_rows(
            request, EventSeriesPage, self, *translated("title", "summary")
        )
        return context


# What the list of dates and its structured data show of an edition's series.
SERIES_COLUMNS = ("id", *ADDRESS_FIELDS, *translated("title", "summary"))


def upcoming_in_list(on, path):
    """The editions not ended ``on`` a day, of live series below tree ``path``, soonest first
    (as ``EventEdition.upcoming``), with their series' columns: the event list's read."""
    editions = plain_rows(EventEdition).filter(
        end_date__gte=on, series__live=True, series__path__startswith=path
    )
    series_fields = [f"series__{column}" for column in SERIES_COLUMNS]
    return editions.order_by("start_date", "pk").values(
        "id", "start_date", "end_date", "link", *translated("venue"), *series_fields
    )


# Compiled once per process (core/compiled.py): the ORM built and compiled it on every view.
UPCOMING_IN_LIST = CompiledRead(upcoming_in_list, on=datetime.date, path=str)


def edition_rows(request, editions):
    """``editions`` (:data:`UPCOMING_IN_LIST`'s rows) as rows, each with its ``series`` as a row
    (title, summary, address), for the list of dates: no edition or page object."""
    addresses = addresses_for(request)
    language = current_language()
    rows = []
    for columns in editions:
        series = {column: columns.pop(f"series__{column}") for column in SERIES_COLUMNS}
        edition = PageRow(columns)
        edition.series = PageRow(series, addresses.path_in(series, language) if addresses else None)
        rows.append(edition)
    return rows


class EventSeriesPage(BasePage):
    """A recurring event (forum, festival, congress) and its editions."""

    countries = ParentalManyToManyField(
        "partners.CountryPage",
        blank=True,
        related_name="event_series",
        verbose_name=_("participating countries"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
        InlinePanel("editions", label=_("Editions")),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event series")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        editions = list(self.editions.all())
        context["upcoming_editions"] = [e for e in editions if e.end_date >= today()]
        context["past_editions"] = [e for e in reversed(editions) if e.end_date < today()]
        return context


class EventEdition(Orderable):
    """One edition of an event series: its dates and venue."""

    series = ParentalKey(EventSeriesPage, on_delete=models.CASCADE, related_name="editions")
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    venue = models.CharField(_("venue"), max_length=255)
    link = models.URLField(_("link"), blank=True, help_text=_("The event's own website, if any."))

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("venue"),
        FieldPanel("link"),
    ]

    class Meta(Orderable.Meta):
        ordering = ["start_date", "pk"]
        verbose_name = _("edition")

    def __str__(self):
        return f"{self.series.title} {self.start_date:%Y}"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @classmethod
    def upcoming(cls, on: datetime.date | None = None):
        """Editions that have not ended yet, of live series, soonest first."""
        return (
            cls.objects.filter(end_date__gte=on or today(), series__live=True)
            .select_related("series")
            .order_by("start_date", "pk")
        )
