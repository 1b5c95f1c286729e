"""Builds the page tree from ``source`` (the initial content) in Russian and English.

Idempotent: a page is found again by its English slug under its parent; it is
changed only when its content differs from the source, and never when an
editor has saved a revision of it, unless ``overwrite`` is asked for.
"""

from django.core.management import call_command
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from . import source as content

LANGUAGES = ("ru", "en")


def root_without_placeholder():
    """Wagtail's root page, without the placeholder "Welcome" page a new database has under
    it (it holds the slug "home")."""
    root = Page.get_first_root_node()
    for placeholder in root.get_children().filter(content_type__model="page"):
        placeholder.delete()
    return root


def serve_from_default_site(home):
    """Make ``home`` the default site's root page (the site is made if there is none)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()


class ContentLoader:
    def __init__(self, overwrite=False, log=None):
        self.overwrite = overwrite
        self.log = log or (lambda message: None)
        self.created = self.updated = self.unchanged = self.kept = 0
        self.home_created = False

    # --- entry point -------------------------------------------------------

    @transaction.atomic
    def load(self):
        prepare_page_tree()
        spheres = self.load_spheres()
        home = self.load_home()
        sections = {key: self.load_section(home, key) for key in content.SECTIONS}
        countries = self.load_countries(sections["partners"])
        self.load_universities(sections["universities"], countries)
        projects = self.load_projects(sections["projects"], countries, spheres)
        if self.home_created:
            self.feature_projects(home, projects)
        self.load_monuments(sections["monuments"])
        self.load_events(sections["events"])
        standard = {}
        for spec in content.STANDARD_PAGES:
            page = self.upsert(home, StandardPageSpec(spec))
            standard[page.slug_en] = page
        self.load_site_links(standard)
        return self

    # --- pieces ------------------------------------------------------------

    def load_spheres(self):
        from projects.models import CooperationSphere

        spheres = {}
        for order, (slug, (name_ru, name_en)) in enumerate(content.SPHERES):
            sphere, _ = CooperationSphere.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name_ru,
                    "name_ru": name_ru,
                    "name_en": name_en,
                    "sort_order": order,
                },
            )
            spheres[slug] = sphere
        return spheres

    def load_home(self):
        from home.models import HomePage

        spec = PageSpec(HomePage, {**content.HOME, "slug": ("home", "home")})
        home = HomePage.objects.first()
        if home is None:
            root = root_without_placeholder()
            home = spec.build()
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
            self.home_created = True
        else:
            self.update(home, spec)
        serve_from_default_site(home)
        return home

    def load_section(self, home, key):
        from events.models import EventIndexPage
        from monuments.models import MonumentIndexPage
        from news.models import NewsIndexPage
        from partners.models import CountryIndexPage
        from projects.models import ProjectIndexPage
        from universities.models import UniversityIndexPage

        model = {
            "partners": CountryIndexPage,
            "projects": ProjectIndexPage,
            "monuments": MonumentIndexPage,
            "universities": UniversityIndexPage,
            "events": EventIndexPage,
            "news": NewsIndexPage,
        }[key]
        spec = dict(content.SECTIONS[key])
        if key == "universities":
            spec["body"] = content.UNIVERSITY_BODY
            spec["key_figures"] = content.UNIVERSITY_FIGURES
        return self.upsert(home, PageSpec(model, spec, show_in_menus=True))

    def load_countries(self, index):
        from partners.models import CountryPage

        countries = {}
        for spec in content.COUNTRIES:
            page = self.upsert(
                index,
                PageSpec(
                    CountryPage,
                    spec,
                    extra={"iso_code": spec["iso"], "group": spec["group"]},
                    translated={"partner_regions": spec["partner_regions"]},
                    children={
                        "offices": [
                            {
                                "kind": kind,
                                "name_ru": name[0],
                                "name_en": name[1],
                                "name": name[0],
                            }
                            for kind, name in spec.get("offices", [])
                        ],
                        "agreements": [
                            {
                                "year": a["year"],
                                **translated_values("parties", a["parties"]),
                                **translated_values("subject", a["subject"]),
                                **translated_values("note", a["note"]),
                            }
                            for a in spec.get("agreements", [])
                        ],
                    },
                ),
            )
            countries[spec["iso"]] = page
        return countries

    def load_universities(self, index, countries):
        from universities.models import UniversityPage

        for spec in content.UNIVERSITIES:
            self.upsert(
                index,
                PageSpec(
                    UniversityPage,
                    spec,
                    relations={"partner_countries": [countries[c] for c in spec["countries"]]},
                ),
            )

    def load_projects(self, index, countries, spheres):
        from projects.models import ProjectPage

        projects = {}
        for spec in content.PROJECTS:
            translated = {}
            if "location" in spec:
                translated["location"] = spec["location"]
            projects[spec["slug"][1]] = self.upsert(
                index,
                PageSpec(
                    ProjectPage,
                    spec,
                    extra={"year": spec.get("year")},
                    translated=translated,
                    relations={
                        "countries": [countries[c] for c in spec["countries"]],
                        "spheres": [spheres[s] for s in spec["spheres"]],
                    },
                ),
            )
        return projects

    def feature_projects(self, home, projects):
        """Feature a few projects on a home page the loader has just created.

        Only then: once the home page exists, what it features is the editors' choice.
        """
        from home.models import HomeFeaturedProject

        home.featured_projects.set(
            [
                HomeFeaturedProject(project=projects[slug], sort_order=order)
                for order, slug in enumerate(content.HOME_FEATURED_PROJECTS)
            ]
        )
        home.save_revision().publish()

    def load_monuments(self, index):
        from monuments.models import MonumentPage

        specs = [{**m, "summary": content.MONUMENT_SUMMARY} for m in content.MONUMENTS]
        specs.append(content.MONUMENT_PRINCE_VLADIMIR)
        for spec in specs:
            self.upsert(
                index,
                PageSpec(
                    MonumentPage,
                    spec,
                    # The source says the monuments were donated to the region, not by whom.
                    extra={"donor_country": None},
                    translated={"location": ("Астрахань", "Astrakhan")},
                ),
            )

    def load_events(self, index):
        from events.models import EventSeriesPage

        for spec in content.EVENTS:
            self.upsert(
                index,
                PageSpec(
                    EventSeriesPage,
                    {**spec, "summary": content.EVENT_SUMMARY},
                    # The source does not say which countries take part: editors set them.
                    relations={"countries": []},
                ),
            )

    def load_site_links(self, pages):
        """Fill the default site's link settings: the chosen pages and the footer texts.

        Only what is empty is filled (an editor's choice stays) unless
        ``overwrite`` is asked for; a chosen page that no longer exists reads as empty.
        """
        from astrakhan_portal.navigation.models import SiteLinks

        site = Site.objects.get(is_default_site=True)
        links, _ = SiteLinks.objects.get_or_create(site=site)
        # Column names only: ids of the pages, each language's text (not the
        # modeltranslation field, which writes the current language).
        wanted = {f"{role}_id": pages[slug_en].pk for role, slug_en in content.SITE_LINKS["pages"].items()}
        for name in ("footer_title", "footer_text"):
            for language, text in zip(LANGUAGES, content.SITE_LINKS[name], strict=True):
                wanted[f"{name}_{language}"] = text
        changed = False
        for name, value in wanted.items():
            current = getattr(links, name)
            if current != value and (self.overwrite or not current):
                setattr(links, name, value)
                changed = True
        if changed:
            links.save()
            self.log("updated the site links")

    # --- the one way pages are written ------------------------------------------

    def upsert(self, parent, spec):
        existing = spec.model.objects.child_of(parent).filter(slug_en=spec.slug_en).first()
        if existing is None:
            page = spec.build()
            parent.add_child(instance=page)
            spec.apply_relations(page)
            page.save_revision().publish()
            self.created += 1
            self.log(f"created {spec.model.__name__} {spec.slug_en}")
            return page
        return self.update(existing, spec)

    def update(self, existing, spec):
        """Bring a page the loader made back to its initial content, unless an editor changed it."""
        if spec.matches(existing):
            self.unchanged += 1
            return existing
        edited_by_person = existing.revisions.exclude(user=None).exists()
        if edited_by_person and not self.overwrite:
            self.kept += 1
            self.log(f"kept {spec.model.__name__} {spec.slug_en}: an editor has changed it")
            return existing
        spec.apply(existing)
        existing.save_revision().publish()
        self.updated += 1
        self.log(f"updated {spec.model.__name__} {spec.slug_en}")
        return existing


class PageSpec:
    """What one page should hold, in both languages."""

    def __init__(
        self,
        model,
        spec,
        extra=None,
        translated=None,
        relations=None,
        children=None,
        show_in_menus=False,
    ):
        self.model = model
        self.spec = spec
        self.slug_en = spec["slug"][1]
        self.values = fields(spec)
        for name, pair in (translated or {}).items():
            self.values.update(translated_values(name, pair))
        self.values.update(extra or {})
        if show_in_menus:
            self.values["show_in_menus"] = True
        body_pairs = spec.get("body", [])
        figure_pairs = spec.get("key_figures", [])
        link_specs = spec.get("links", [])
        self.bodies = {
            lang: paragraphs(body_pairs, i) + links(link_specs, i, lang) + figures(figure_pairs, i)
            for i, lang in enumerate(LANGUAGES)
        }
        self.relations = relations or {}
        self.children = children or {}

    def build(self):
        page = self.model()
        self.apply(page, save_relations=False)
        return page

    def apply(self, page, save_relations=True):
        for name, value in self.values.items():
            setattr(page, name, value)
        for lang in LANGUAGES:
            setattr(page, f"body_{lang}", self.bodies[lang])
        page.body = self.bodies["ru"]
        for relation, rows in self.children.items():
            manager = getattr(page, relation)
            manager.set([manager.model(**row) for row in rows])
        if save_relations:
            self.apply_relations(page)

    def apply_relations(self, page):
        for name, objects in self.relations.items():
            getattr(page, name).set(objects)
        if self.relations or self.children:
            page.save()

    def matches(self, page):
        for name, value in self.values.items():
            current = getattr(page, name)
            if hasattr(current, "pk") and hasattr(value, "pk"):
                if current.pk != value.pk:
                    return False
            elif current != value:
                return False
        for lang in LANGUAGES:
            if stream_data(getattr(page, f"body_{lang}")) != stream_data(self.bodies[lang]):
                return False
        for name, objects in self.relations.items():
            if {o.pk for o in getattr(page, name).all()} != {o.pk for o in objects}:
                return False
        for relation, rows in self.children.items():
            children = list(getattr(page, relation).all())
            if len(children) != len(rows):
                return False
            for child, row in zip(children, rows, strict=True):
                if any(getattr(child, key) != value for key, value in row.items()):
                    return False
        return True


class StandardPageSpec(PageSpec):
    def __init__(self, spec):
        from standard.models import StandardPage

        super().__init__(StandardPage, spec, show_in_menus=spec.get("show_in_menus", True))


# --- helpers --------------------------------------------------------------------


def prepare_page_tree():
    """Give pages made before the translation columns existed (Wagtail's root)
    their Russian fields and per-language URL paths."""
    root = Page.get_first_root_node()
    if root is not None and not root.url_path_ru:
        call_command("update_translation_fields", verbosity=0)
        call_command("set_translation_url_paths", verbosity=0)


def translated_values(name, pair):
    return {f"{name}_ru": pair[0], f"{name}_en": pair[1], name: pair[0]}


def fields(spec, slug=None):
    values = {}
    values.update(translated_values("title", spec["title"]))
    values.update(translated_values("slug", slug or spec["slug"]))
    values.update(translated_values("summary", spec.get("summary", ("", ""))))
    return values


def paragraphs(pairs, index):
    return [("paragraph", RichText(f"<p>{escape(pair[index])}</p>")) for pair in pairs]


def links(specs, index, language):
    """Paragraphs that are a single link to one of the portal's own views."""
    from django.urls import reverse
    from django.utils import translation

    blocks = []
    for texts, url_name in specs:
        with translation.override(language):
            url = reverse(url_name)
        blocks.append(("paragraph", RichText(f'<p><a href="{escape(url)}">{escape(texts[index])}</a></p>')))
    return blocks


def figures(pairs, index):
    return [("key_figure", {"value": value[index], "label": label[index]}) for value, label in pairs]


def stream_data(value):
    """A StreamField value as plain data, without block ids, for comparison."""
    from astrakhan_portal.core.blocks import BodyBlock

    if not hasattr(value, "get_prep_value"):
        from wagtail.blocks import StreamValue

        value = StreamValue(BodyBlock(), value, is_lazy=False)
    return [(block["type"], block["value"]) for block in value.get_prep_value()]
