"""Factories (factory_boy, wagtail-factories) for the portal's pages and what they point at.

A test builds only what it needs: ``NewsPageFactory()`` makes a published news
item, in Russian and English, under the news list, which is made under the home
page if the database has none (and the home page, with the default site, if there
is none either). With the initial content loaded, the factories use its home page
and section pages, so what they make sits in the real site.

Every page is filled the way the admin fills it under wagtail-modeltranslation:
``title``/``slug``/``summary``/``body`` with their ``_ru`` and ``_en`` columns, and is
published through a revision, as an editor publishes; its ``url_path_ru`` and
``url_path_en`` are then set, so ``page.get_url()`` works in both languages. Pass
``title_en=""``, ``slug_en=None`` for a page not yet translated, ``live=False``
with ``publish=False`` for a draft that was never published. ``publish=False`` alone
leaves a live page without a revision, as ``add_child`` leaves it: about ten times
quicker to make, for the dozens of items a list or a slug check needs, where no
revision is looked at.
"""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.rich_text import RichText

from astrakhan_portal.initial_content.loader import root_without_placeholder, serve_from_default_site
from events.models import EventEdition, EventIndexPage, EventSeriesPage
from home.models import HomePage
from monuments.models import MonumentIndexPage, MonumentPage
from news.models import NewsIndexPage, NewsPage
from partners.models import Agreement, CountryIndexPage, CountryPage, Office
from projects.models import CooperationSphere, ProjectIndexPage, ProjectPage
from standard.models import StandardPage
from universities.models import UniversityIndexPage, UniversityPage


def paragraphs(text):
    """A body of one paragraph of ``text`` (none if ``text`` is empty), as the editor's rich text."""
    return [("paragraph", RichText(f"<p>{text}</p>"))] if text else []


def site_home():
    """The default site's home page; made, with the default site, if the database has none."""
    home = HomePage.objects.first()
    if home is None:
        home = HomePageFactory(parent=root_without_placeholder())
    serve_from_default_site(home)
    return home


def many_to_many(field):
    """A factory argument ``field=[...]`` that sets the page's many-to-many ``field``
    (e.g. its countries) once the page exists; the relations are saved together,
    in the page's one published revision (``PortalPageFactory._after_postgeneration``)."""

    def set_related(page, create, extracted, **kwargs):
        if create and extracted:
            getattr(page, field).set(extracted)
            return True
        return False

    return factory.PostGeneration(set_related)


# Two-letter codes ISO 3166 leaves to users: no real partner country has them.
USER_ASSIGNED_CODES = [f"X{letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + [
    f"Q{letter}" for letter in "MNOPQRSTUVWXYZ"
]


def section(factory_class):
    """The only page of a section (the news list, the partner countries...), made under the home page if missing."""

    def get_or_make():
        model = factory_class._meta.model
        return model.objects.first() or factory_class(parent=site_home())

    return factory.LazyFunction(get_or_make)


class PortalPageFactory(wagtail_factories.PageFactory):
    """A published portal page with its Russian and English title, slug, summary and body."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    title_ru = factory.Sequence(lambda n: f"Страница {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    slug_ru = factory.Sequence(lambda n: f"stranica-{n}")
    slug_en = factory.LazyAttribute(lambda page: slugify(page.title_en) if page.title_en else None)
    summary_ru = ""
    summary_en = ""
    body_ru = factory.LazyAttribute(lambda page: paragraphs(page.text_ru))
    body_en = factory.LazyAttribute(lambda page: paragraphs(page.text_en))
    live = True

    class Params:
        text_ru = ""
        text_en = ""

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        # The default-language columns (what Wagtail reads: title, slug...) hold the Russian texts.
        for name in ("title", "slug", "summary", "body"):
            kwargs.setdefault(name, kwargs[f"{name}_ru"])
        page = model_class()
        for name, value in kwargs.items():
            setattr(page, name, value)
        parent.add_child(instance=page)
        return page

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        """Published through a revision as an editor publishes, unless ``publish=False``
        (done once every argument is set: ``_after_postgeneration``)."""
        return bool(create and extracted is not False and page.live)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # One revision with the page's many-to-many choices (countries, spheres...),
        # as an editor ticks them before publishing, instead of one per relation.
        results = results or {}
        if not create:
            return
        if results.get("publish"):
            instance.save_revision().publish()
            instance.refresh_from_db()
        elif any(value is True for name, value in results.items() if name != "publish"):
            instance.save()  # no revision: the relations are written with the page


class HomePageFactory(PortalPageFactory):
    class Meta:
        model = HomePage

    parent = factory.LazyFunction(Page.get_first_root_node)
    title_ru = "Главная"
    title_en = "Home"
    slug_ru = "home"
    slug_en = "home"


class StandardPageFactory(PortalPageFactory):
    class Meta:
        model = StandardPage

    parent = factory.LazyFunction(site_home)


class NewsIndexPageFactory(PortalPageFactory):
    class Meta:
        model = NewsIndexPage

    parent = factory.LazyFunction(site_home)
    title_ru = "Новости"
    title_en = "News"
    slug_ru = "novosti"
    slug_en = "news"
    show_in_menus = True


class NewsPageFactory(PortalPageFactory):
    """A news item; ``countries=[...]`` for the partner countries it is about."""

    class Meta:
        model = NewsPage

    parent = section(NewsIndexPageFactory)
    title_ru = factory.Sequence(lambda n: f"Новость {n}")
    title_en = factory.Sequence(lambda n: f"News item {n}")
    slug_ru = factory.Sequence(lambda n: f"novost-{n}")
    date = datetime.date(2024, 5, 1)

    countries = many_to_many("countries")


class CountryIndexPageFactory(PortalPageFactory):
    class Meta:
        model = CountryIndexPage

    parent = factory.LazyFunction(site_home)
    title_ru = "Страны-партнёры"
    title_en = "Partner countries"
    slug_ru = "partnery"
    slug_en = "partners"
    show_in_menus = True


class CountryPageFactory(PortalPageFactory):
    class Meta:
        model = CountryPage

    parent = section(CountryIndexPageFactory)
    title_ru = factory.Sequence(lambda n: f"Страна {n}")
    title_en = factory.Sequence(lambda n: f"Country {n}")
    slug_ru = factory.Sequence(lambda n: f"strana-{n}")
    iso_code = factory.Sequence(lambda n: USER_ASSIGNED_CODES[n % len(USER_ASSIGNED_CODES)])
    group = CountryPage.CASPIAN


class OfficeFactory(factory.django.DjangoModelFactory):
    """A country's consular or representative office in Astrakhan, its name and address in Russian and English."""

    class Meta:
        model = Office

    country = factory.SubFactory(CountryPageFactory)
    kind = Office.CONSULATE
    name_ru = factory.Sequence(lambda n: f"Консульство {n}")
    name_en = factory.Sequence(lambda n: f"Consulate {n}")
    name = factory.SelfAttribute("name_ru")
    address_ru = factory.Sequence(lambda n: f"Адрес офиса {n}")
    address_en = factory.Sequence(lambda n: f"Office address {n}")
    address = factory.SelfAttribute("address_ru")
    phone = ""
    website = ""


class AgreementFactory(factory.django.DjangoModelFactory):
    """An agreement of Astrakhan Region with a country, its parties and subject in Russian and English."""

    class Meta:
        model = Agreement

    country = factory.SubFactory(CountryPageFactory)
    parties_ru = "Астраханская область и партнёр"
    parties_en = "Astrakhan Region and the partner"
    parties = factory.SelfAttribute("parties_ru")
    year = 2020
    subject_ru = factory.Sequence(lambda n: f"Соглашение о сотрудничестве {n}")
    subject_en = factory.Sequence(lambda n: f"Cooperation agreement {n}")
    subject = factory.SelfAttribute("subject_ru")
    note_ru = ""
    note_en = ""
    note = factory.SelfAttribute("note_ru")


class UniversityIndexPageFactory(PortalPageFactory):
    class Meta:
        model = UniversityIndexPage

    parent = factory.LazyFunction(site_home)
    title_ru = "Университеты"
    title_en = "Universities"
    slug_ru = "universitety"
    slug_en = "universities"


class UniversityPageFactory(PortalPageFactory):
    """A university; ``partner_countries=[...]`` for the countries it works with."""

    class Meta:
        model = UniversityPage

    parent = section(UniversityIndexPageFactory)
    title_ru = factory.Sequence(lambda n: f"Университет {n}")
    title_en = factory.Sequence(lambda n: f"University {n}")
    slug_ru = factory.Sequence(lambda n: f"universitet-{n}")

    partner_countries = many_to_many("partner_countries")


class CooperationSphereFactory(factory.django.DjangoModelFactory):
    """A sphere of cooperation (trade, education...), the projects' filter."""

    class Meta:
        model = CooperationSphere
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"sphere-{n}")
    name_ru = factory.Sequence(lambda n: f"Сфера {n}")
    name_en = factory.Sequence(lambda n: f"Sphere {n}")
    name = factory.SelfAttribute("name_ru")
    sort_order = factory.Sequence(int)


class ProjectIndexPageFactory(PortalPageFactory):
    class Meta:
        model = ProjectIndexPage

    parent = factory.LazyFunction(site_home)
    title_ru = "Проекты"
    title_en = "Projects"
    slug_ru = "proekty"
    slug_en = "projects"
    show_in_menus = True


class ProjectPageFactory(PortalPageFactory):
    """A cooperation project; ``countries=[...]`` and ``spheres=[...]`` for its filters."""

    class Meta:
        model = ProjectPage

    parent = section(ProjectIndexPageFactory)
    title_ru = factory.Sequence(lambda n: f"Проект {n}")
    title_en = factory.Sequence(lambda n: f"Project {n}")
    slug_ru = factory.Sequence(lambda n: f"proekt-{n}")
    year = 2024

    countries = many_to_many("countries")

    spheres = many_to_many("spheres")


class MonumentIndexPageFactory(PortalPageFactory):
    class Meta:
        model = MonumentIndexPage

    parent = factory.LazyFunction(site_home)
    title_ru = "Памятники"
    title_en = "Monuments"
    slug_ru = "pamyatniki"
    slug_en = "monuments"


class MonumentPageFactory(PortalPageFactory):
    """A monument; ``donor_country=...`` for the partner country that donated it."""

    class Meta:
        model = MonumentPage

    parent = section(MonumentIndexPageFactory)
    title_ru = factory.Sequence(lambda n: f"Памятник {n}")
    title_en = factory.Sequence(lambda n: f"Monument {n}")
    slug_ru = factory.Sequence(lambda n: f"pamyatnik-{n}")
    donor_country = None


class EventIndexPageFactory(PortalPageFactory):
    class Meta:
        model = EventIndexPage

    parent = factory.LazyFunction(site_home)
    title_ru = "События"
    title_en = "Events"
    slug_ru = "sobytiya"
    slug_en = "events"
    show_in_menus = True


class EventSeriesPageFactory(PortalPageFactory):
    """A recurring event; its editions are ``EventEditionFactory(series=...)``,
    ``countries=[...]`` for its participating countries."""

    class Meta:
        model = EventSeriesPage

    parent = section(EventIndexPageFactory)
    title_ru = factory.Sequence(lambda n: f"Форум {n}")
    title_en = factory.Sequence(lambda n: f"Forum {n}")
    slug_ru = factory.Sequence(lambda n: f"forum-{n}")

    countries = many_to_many("countries")


class EventEditionFactory(factory.django.DjangoModelFactory):
    """One edition of an event series, its venue in Russian and English."""

    class Meta:
        model = EventEdition

    series = factory.SubFactory(EventSeriesPageFactory)
    start_date = datetime.date(2025, 9, 10)
    end_date = factory.LazyAttribute(lambda edition: edition.start_date + datetime.timedelta(days=2))
    venue_ru = "Астрахань"
    venue_en = "Astrakhan"
    venue = factory.SelfAttribute("venue_ru")
    link = ""
