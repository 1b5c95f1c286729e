"""The region's universities and their ties with partner countries.

The tables keep the names they had when universities lived in the partners app
(``partners_universityindexpage``, ``partners_universitypage``…), so existing
databases only change their migration state (see migrations/0001 and 0002).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel

from astrakhan_portal.core.models import BasePage
from astrakhan_portal.core.rows import live_child_rows, translated
from partners.models import CountryPage


class UniversityIndexPage(BasePage):
    """Education: the key figures about foreign students and the list of universities."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["universities.UniversityPage"]
    max_count = 1

    class Meta:
        db_table = "partners_universityindexpage"  # kept from when universities lived in partners
        verbose_name = _("university list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["universities"] = live_child_rows(
            request, UniversityPage, self, *translated("title", "summary")
        )
        return context


class UniversityPage(BasePage):
    """A university of Astrakhan Region and its ties with partner countries."""

    partner_countries = ParentalManyToManyField(
        CountryPage,
        blank=True,
        related_name="universities",
        verbose_name=_("partner countries"),
        db_table="partners_universitypage_partner_countries",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("partner_countries", widget=forms.CheckboxSelectMultiple)
    ]

    parent_page_types = ["universities.UniversityIndexPage"]
    subpage_types = []

    class Meta:
        db_table = "partners_universitypage"
        verbose_name = _("university")
