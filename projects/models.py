"""Joint projects with partner countries and the spheres they belong to."""

from collections import defaultdict

from django import forms
from django.db import models
from django.db.models import Value
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.listing import (
    CompiledPageRows,
    ListingState,
    RelatedRows,
    listing_page,
    option_rows_of,
    paginate,
    read_filter,
    rows_by,
)
from astrakhan_portal.core.models import BasePage
from astrakhan_portal.core.rows import live_pages, translated

# Cards per page of the project list: four rows of three (or six of two) in the grid.
PROJECTS_PER_PAGE = 12


class CooperationSphere(models.Model):
    """A sphere of cooperation, such as trade or education, used to group projects."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=50,
        unique=True,
        help_text=_("Used in the filter address, in Latin letters."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("cooperation sphere")
        verbose_name_plural = _("cooperation spheres")

    def __str__(self):
        return self.name


register_snippet(CooperationSphere)


class ProjectIndexPage(BasePage):
    """All joint projects, filterable by partner country and by sphere, twelve to a page."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count = 1

    class Meta:
        verbose_name = _("project list")

    def get_context(self, request, *args, **kwargs):
        from partners.models import CountryPage

        context = super().get_context(request, *args, **kwargs)
        state = ListingState()
        countries = option_rows_of(CountryPage, "iso_code", *translated("title"), live_only=True)
        spheres = option_rows_of(CooperationSphere, "slug", *translated("name"))
        country = read_filter(
            request,
            state,
            "country",
            {c.iso_code.lower(): c for c in countries},
            _("Country"),
        )
        sphere = read_filter(request, state, "sphere", {s.slug: s for s in spheres}, _("Sphere"))

        # The page's projects and the total are read in one query (a window count), as
        # rows, and their countries' and spheres' links in one more, however many there are.
        projects_page = paginate(
            request,
            state,
            CompiledPageRows(
                request,
                PROJECT_PAGE,
                path=self.path,
                depth=self.depth + 1,
                country=country and country.pk,
                sphere=sphere and sphere.pk,
            ),
            PROJECTS_PER_PAGE,
            count_in_query=True,
        )
        add_tags(projects_page.object_list, countries, spheres)
        context.update(
            projects_page=projects_page,
            filter_countries=countries,
            filter_spheres=spheres,
            listing=state,
        )
        return context


def project_page(shape, path, depth, country, sphere):
    """One page (``shape``: offset, limit) of the live projects at tree ``path`` and ``depth``
    (a list's children), of a country and of a sphere if given, in tree order, with the total."""
    projects = live_pages(ProjectPage, path, depth).order_by("path")
    if country is not None:
        projects = projects.filter(countries=country)
    if sphere is not None:
        projects = projects.filter(spheres=sphere)
    return listing_page(projects, shape, *translated("title", "summary"))


PROJECT_PAGE = CompiledRead(project_page, path=str, depth=int, country=int, sphere=int)


def add_tags(rows, countries, spheres):
    """Give each project row its ``countries`` and ``spheres`` for its card: the rows of the
    filter's options (``countries``, ``spheres``) it is linked to, in the options' order (a
    country's path, a sphere's order), as a project page lists them. The links of all the rows
    are read in one query; a linked country that is not an option (not live) makes its
    countries be read by a query of their own."""
    ids = [row.pk for row in rows]
    if not ids:
        return
    links = project_links(ids)
    linked = set().union(*(targets for (_project, kind), targets in links.items() if kind == "country"))
    if linked - {country.pk for country in countries}:
        from partners.models import CountryPage

        queryset = CountryPage.objects.filter(projects__in=ids).order_by("path")
        by_project = rows_by(queryset, "projects", *translated("title"))
    else:
        by_project = {pk: among(countries, links[pk, "country"]) for pk in ids}
    for row in rows:
        row.countries = by_project.get(row.pk, RelatedRows())
        row.spheres = among(spheres, links[row.pk, "sphere"])


def project_links(ids):
    """``{(project id, "country" or "sphere"): ids it is linked to}`` for the projects ``ids``
    (at most a page of them): one query of both link tables, compiled once per number of
    projects (:data:`PROJECT_LINKS`): building and compiling this union through the ORM
    cost 1.7 ms a request, ten times the query."""
    if len(ids) > PROJECTS_PER_PAGE:
        raise ValueError(f"at most {PROJECTS_PER_PAGE} projects at a time")
    slots = {f"project{n}": None for n in range(PROJECTS_PER_PAGE)}
    slots.update(zip(list(slots)[: len(ids)], ids, strict=True))
    links = defaultdict(set)
    for project, target, kind in PROJECT_LINKS(**slots):
        links[project, kind].add(target)
    return links


def links_of(**projects):
    """The read of :func:`project_links`: the links of the projects given (the others None)."""
    ids = [pk for pk in projects.values() if pk is not None]
    through = ProjectPage.countries.through.objects.filter(projectpage_id__in=ids)
    countries = through.annotate(kind=Value("country")).values_list(
        "projectpage_id", "countrypage_id", "kind"
    )
    through = ProjectPage.spheres.through.objects.filter(projectpage_id__in=ids)
    spheres = through.annotate(kind=Value("sphere")).values_list(
        "projectpage_id", "cooperationsphere_id", "kind"
    )
    return countries.union(spheres, all=True)


# One SQL per number of projects on a page (the keys left None select their own).
PROJECT_LINKS = CompiledRead(
    links_of, rows="tuples", **{f"project{n}": int for n in range(PROJECTS_PER_PAGE)}
)


def among(options, keys):
    """The ``options`` (rows, in their order) whose key is one of ``keys``."""
    return RelatedRows(option for option in options if option.pk in keys)


class ProjectPage(BasePage):
    """A joint project of Astrakhan Region and one or more partner countries."""

    countries = ParentalManyToManyField(
        "partners.CountryPage",
        related_name="projects",
        verbose_name=_("partner countries"),
    )
    spheres = ParentalManyToManyField(
        CooperationSphere,
        related_name="projects",
        verbose_name=_("cooperation spheres"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        help_text=_("The year it opened or started, if known."),
    )
    location = models.CharField(_("location"), max_length=255, blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
                FieldPanel("spheres", widget=forms.CheckboxSelectMultiple),
                FieldPanel("year"),
                FieldPanel("location"),
            ],
            heading=_("Project"),
        )
    ]

    search_fields = BasePage.search_fields + [index.SearchField("location")]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("joint project")
