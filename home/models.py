"""The home page of the portal."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from astrakhan_portal.core.models import BasePage

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

    @cached_property
    def featured(self):
        """The live featured projects in the editor's order, with their countries and spheres."""
        # The project model is read from the relation, so home imports no other content app.
        project_model = HomeFeaturedProject._meta.get_field("project").related_model
        ids = [item.project_id for item in self.featured_projects.all() if item.project_id]
        projects = project_model.objects.live().filter(pk__in=ids).prefetch_related("countries", "spheres")
        by_id = {project.pk: project for project in projects}
        return [by_id[pk] for pk in dict.fromkeys(ids) if pk in by_id]

    @cached_property
    def sections(self):
        """The live section pages under the home page, by model name (e.g. "projectindexpage")."""
        from wagtail.models import Page

        sections = {}
        for page in Page.objects.child_of(self).live().select_related("content_type").order_by("path"):
            sections.setdefault(page.content_type.model, page)
        return sections

    @cached_property
    def partner_countries(self):
        from partners.models import CountryPage

        return list(CountryPage.objects.live().descendant_of(self).order_by("path"))


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
