"""The home page of the portal."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.models import BasePage
from astrakhan_portal.core.rows import page_columns, plain_rows, rows_from, translated
from astrakhan_portal.core.sections import SECTION_COLUMNS, live_sections_for, section_from, site_root_for
from partners.hub import CARD_COLUMNS, CARD_RELATIONS, project_cards, related_lookups, rows_from_related
from partners.models import CountryPage

HOME_FEATURED_MAX = 6


class HomePage(BasePage):
    """The front page: introduction, partner countries, key figures, news and events.

    The latest news and the upcoming events come from the news and events
    apps' template tags (``latest_news``, ``upcoming_editions``) in the template.
    """

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "partners.CountryIndexPage",
        "projects.ProjectIndexPage",
        "monuments.MonumentIndexPage",
        "universities.UniversityIndexPage",
        "events.EventIndexPage",
        "news.NewsIndexPage",
        "standard.StandardPage",
    ]
    max_count = 1

    content_panels = BasePage.content_panels + [
        InlinePanel(
            "featured_projects",
            label=_("Featured projects"),
            heading=_("Featured projects"),
            help_text=_("The joint projects shown on the home page, in this order."),
            max_num=HOME_FEATURED_MAX,
        ),
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def intro_blocks(self):
        """The body without its key figures: the introduction."""
        return [block for block in self.localized_body if block.block_type != "key_figure"]

    @property
    def key_figures(self):
        """The key figures of the body, shown as a band of large numbers."""
        return [block for block in self.localized_body if block.block_type == "key_figure"]

    def featured_for(self, request):
        """The live featured projects in the editor's order, as rows for their cards
        (``partners.hub.project_cards``: with their countries and spheres, in one query).

        Served, the projects are read through the editor's saved choice; in the admin's
        preview it is the unsaved choice, held in memory.
        """
        if not getattr(request, "is_preview", False):
            # Read from the choice itself: its order, each live project once, where first chosen.
            return rows_from_related(
                request, FEATURED_PROJECTS(home=self.pk), CARD_COLUMNS, CARD_RELATIONS, "project__"
            )
        # The project model is read from the relation, so home imports no other content app.
        project_model = HomeFeaturedProject._meta.get_field("project").related_model
        ids = [item.project_id for item in self.featured_projects.all() if item.project_id]
        by_id = {
            row.pk: row for row in project_cards(request, project_model.objects.live().filter(pk__in=ids))
        }
        return [by_id[pk] for pk in dict.fromkeys(ids) if pk in by_id]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections_for(request)
        context["partner_countries"] = self.partner_countries_for(request)
        context["featured"] = self.featured_for(request)
        return context

    def sections_for(self, request):
        """The live section pages under the home page, by model name (e.g. "projectindexpage"),
        as ``core.sections``' ``Section`` objects (title, ``url``): the rows the main menu
        reads, so no query of their own when this is the site's home page."""
        root = site_root_for(request)
        if root is not None and root.pk == self.pk:
            found = live_sections_for(request)
        else:  # not the site's home page (a copy in the admin's preview): its own children
            rows = Page.objects.child_of(self).live().order_by("path").values(*SECTION_COLUMNS)
            found = [section_from(request, row) for row in rows]
        sections = {}
        for section in found:
            sections.setdefault(ContentType.objects.get_for_id(section.content_type_id).model, section)
        return sections

    def partner_countries_for(self, request):
        """The live partner countries for the map: what it shows of each (ISO code, title in
        each language, address) as rows (``core.rows.PageRow``), no country page built."""
        return rows_from(request, LIVE_COUNTRIES_BELOW(path=self.path, depth=self.depth))


def live_countries_below(path, depth):
    """The live partner countries below the page at tree ``path`` and ``depth``, in tree
    order, with what the map shows of them (ISO code, titles)."""
    countries = plain_rows(CountryPage).filter(live=True, path__startswith=path, depth__gt=depth)
    return countries.order_by("path").values(*page_columns("iso_code", *translated("title")))


def featured_projects(home):
    """The live projects chosen for the home page ``home`` (a key), in the editor's order, as the
    joined rows of their cards (``partners.hub.rows_from_related``)."""
    chosen = plain_rows(HomeFeaturedProject).filter(home=home, project__live=True)
    return chosen.order_by("sort_order", "project__path").values(
        *related_lookups(CARD_COLUMNS, CARD_RELATIONS, "project__")
    )


LIVE_COUNTRIES_BELOW = CompiledRead(live_countries_below, path=str, depth=int)
FEATURED_PROJECTS = CompiledRead(featured_projects, home=int)


class HomeFeaturedProject(Orderable):
    """A joint project the editors show on the home page."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_projects")
    project = models.ForeignKey(
        "projects.ProjectPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("project"),
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured project")
        verbose_name_plural = _("featured projects")

    def __str__(self):
        return str(self.project)
