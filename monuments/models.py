"""Monuments in the region donated by partner countries.

The tables keep the names they had when monuments lived in the projects app
(``projects_monumentindexpage``, ``projects_monumentpage``), so existing
databases only change their migration state (see migrations/0001 and 0002).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from astrakhan_portal.core.models import BasePage
from astrakhan_portal.core.rows import PageRow, live_child_rows, translated


class MonumentIndexPage(BasePage):
    """Monuments donated to Astrakhan by partner countries."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["monuments.MonumentPage"]
    max_count = 1

    class Meta:
        db_table = "projects_monumentindexpage"  # kept from when monuments lived in projects
        verbose_name = _("monument list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["monuments"] = monument_rows(request, self)
        return context


# What a monument's card shows of its donor country.
DONOR_COLUMNS = ("id", *translated("title"))


def monument_rows(request, monument_list):
    """The live monuments of ``monument_list`` as rows for their cards, each with its
    ``donor_country`` as a row (its title) or None: one query, no page object."""
    donor_fields = [f"donor_country__{column}" for column in DONOR_COLUMNS]
    rows = live_child_rows(
        request, MonumentPage, monument_list, *translated("title", "summary"), *donor_fields
    )
    for row in rows:
        donor = {column: getattr(row, f"donor_country__{column}") for column in DONOR_COLUMNS}
        row.donor_country = PageRow(donor) if donor["id"] is not None else None
    return rows


class MonumentPage(BasePage):
    """A monument in the region and the country that donated it."""

    donor_country = models.ForeignKey(
        "partners.CountryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="monuments",
        verbose_name=_("donated by"),
    )
    location = models.CharField(_("location"), max_length=255, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("donor_country"),
        FieldPanel("location"),
    ]

    parent_page_types = ["monuments.MonumentIndexPage"]
    subpage_types = []

    class Meta:
        db_table = "projects_monumentpage"
        verbose_name = _("monument")
