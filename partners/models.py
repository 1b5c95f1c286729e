"""Partner countries, their offices and agreements."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from astrakhan_portal.core.models import BasePage
from astrakhan_portal.core.rows import live_child_rows, translated


class CountryIndexPage(BasePage):
    """The list of partner countries, grouped into the Caspian States and the CIS."""

    # Countries only; one list of partners for the whole site.
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.CountryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("partner country list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        countries = self.country_rows(request)
        context["countries"] = countries
        context["caspian_countries"] = [c for c in countries if c.group == CountryPage.CASPIAN]
        context["cis_countries"] = [c for c in countries if c.group == CountryPage.CIS]
        return context

    def country_rows(self, request):
        """The live countries as rows for the map and the cards (code, group, title, partner
        regions, summary, address): one query, no page object."""
        return live_child_rows(
            request,
            CountryPage,
            self,
            "iso_code",
            "group",
            *translated("title", "summary", "partner_regions"),
        )


class CountryPage(BasePage):
    """A partner country: the hub for its projects, monuments, events, offices and agreements."""

    CASPIAN = "caspian"
    CIS = "cis"
    GROUP_CHOICES = [(CASPIAN, _("Caspian State")), (CIS, _("CIS country"))]

    iso_code = models.CharField(
        _("ISO country code"),
        max_length=2,
        unique=True,
        help_text=_("Two letters, e.g. AZ. Places the country on the partner map."),
    )
    group = models.CharField(_("group"), max_length=10, choices=GROUP_CHOICES, default=CASPIAN)
    partner_regions = models.CharField(
        _("partner regions"),
        max_length=255,
        blank=True,
        help_text=_("The regions or bodies Astrakhan Region works with, e.g. bordering regions."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("iso_code"),
                FieldPanel("group"),
                FieldPanel("partner_regions"),
            ],
            heading=_("Country"),
        ),
        InlinePanel("offices", label=_("Offices in Astrakhan")),
        InlinePanel("agreements", label=_("Agreements")),
    ]

    search_fields = BasePage.search_fields + [index.SearchField("partner_regions")]

    # Countries live only in the partner list; the hub has no child pages.
    parent_page_types = ["partners.CountryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner country")

    def get_context(self, request, *args, **kwargs):
        from .hub import CountryHub

        context = super().get_context(request, *args, **kwargs)
        project_list = self.project_list(request)
        hub = CountryHub(self, project_list, request)
        context["hub"] = hub
        if hub.more_projects and project_list is not None:
            url = project_list.get_url(request)
            context["all_projects_url"] = url and f"{url}?country={self.iso_code.lower()}"
        return context

    def project_list(self, request):
        """The live project list page, or None.

        It is one of the sections under the home page already loaded for the
        header's menu (``core.sections``), so this needs no query; only a list
        placed elsewhere is looked up. Its type
        is read through the relation (the page type a project lives under), so
        that partners imports no other content app.
        """
        from astrakhan_portal.core.sections import live_section_of

        list_models = self.projects.model.allowed_parent_page_models()
        if not list_models:
            return None
        list_model = list_models[0]
        return live_section_of(request, list_model) or list_model.objects.live().first()


class Office(Orderable):
    """A consular or representative office in Astrakhan."""

    CONSULATE = "consulate"
    REPRESENTATIVE = "representative"
    KIND_CHOICES = [
        (CONSULATE, _("Consular office")),
        (REPRESENTATIVE, _("Representative office")),
    ]

    country = ParentalKey(CountryPage, on_delete=models.CASCADE, related_name="offices")
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES, default=CONSULATE)
    name = models.CharField(_("name"), max_length=255)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("website"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("office")

    def __str__(self):
        return self.name


class Agreement(Orderable):
    """An agreement between Astrakhan Region and a partner."""

    country = ParentalKey(CountryPage, on_delete=models.CASCADE, related_name="agreements")
    parties = models.CharField(_("parties"), max_length=500)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    subject = models.TextField(_("subject"))
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("E.g. where and when it was signed."),
    )

    panels = [
        FieldPanel("parties"),
        FieldPanel("year"),
        FieldPanel("subject"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("agreement")

    def __str__(self):
        return self.subject
