"""Monuments in the region donated by partner countries.

The tables keep the names they had when monuments lived in the projects app
(``projects_monumentindexpage``, ``projects_monumentpage``), so existing
databases only change their migration state (see migrations/0001 and 0002).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from astrakhan_portal.core.models import BasePage


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
        context["monuments"] = list(
            MonumentPage.objects.child_of(self).live().select_related("donor_country").order_by("path")
        )
        return context


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
