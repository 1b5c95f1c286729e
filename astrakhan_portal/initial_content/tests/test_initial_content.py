"""The initial content is complete, in both languages, and loading it again changes nothing."""

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Revision

from astrakhan_portal.initial_content.loader import ContentLoader
from events.models import EventSeriesPage
from monuments.models import MonumentPage
from partners.models import CountryPage
from projects.models import CooperationSphere, ProjectPage
from standard.models import StandardPage
from universities.models import UniversityIndexPage, UniversityPage

pytestmark = pytest.mark.django_db


def titles(model, language="en"):
    with translation.override(language):
        return {page.title for page in model.objects.live()}


def test_the_seven_partner_countries_are_there_in_both_languages(content):
    assert titles(CountryPage) == {
        "Azerbaijan",
        "Kazakhstan",
        "Turkmenistan",
        "Iran",
        "Belarus",
        "Uzbekistan",
        "Moldova (Gagauzia)",
    }
    assert titles(CountryPage, "ru") == {
        "Азербайджан",
        "Казахстан",
        "Туркменистан",
        "Иран",
        "Беларусь",
        "Узбекистан",
        "Молдова (Гагаузия)",
    }
    moldova = CountryPage.objects.get(iso_code="MD")
    assert "Gagauzia" in moldova.partner_regions_en
    assert "Гагаузия" in moldova.partner_regions_ru
    assert "border regions" in CountryPage.objects.get(iso_code="KZ").partner_regions_en.lower()
    assert "provinces" in CountryPage.objects.get(iso_code="IR").partner_regions_en.lower()


@pytest.mark.parametrize(
    "fragment",
    [
        "Iran’s Trading House",
        "Azerbaijan’s Business Center",
        "Iranian bank",
        "business center in Baku",
        "Kurmangazy Regional Cultural Center",
        "school No. 11",
        "Kindergarten",
        "Friendship bridge",
        "School in Funtovo",
        "ASTU branch in Tashkent",
        "Minsk Tractor Plant",
        "special economic zone near the port of Olya",
        "Astara–Baku–Astrakhan railway",
        "Dredgers for Kazakhstan",
    ],
)
def test_every_named_joint_project_is_there(content, fragment):
    assert any(fragment.lower() in title.lower() for title in titles(ProjectPage)), fragment


def test_projects_have_countries_spheres_and_russian_text(content):
    projects = ProjectPage.objects.live()
    assert projects.count() >= 15
    for project in projects:
        assert project.countries.exists(), project
        assert project.spheres.exists(), project
        assert project.title_ru and project.title_en and project.summary_ru and project.summary_en
        assert project.title_ru != project.title_en
    assert CooperationSphere.objects.count() == 8
    assert {s.name_en for s in CooperationSphere.objects.all()} >= {"Trade", "Shipbuilding", "Agriculture"}


def test_the_monuments_claim_no_donor_country_the_source_does_not_name(content):
    """The source says four monuments were donated to the region, not by whom; Prince Vladimir's is not
    said to be donated at all."""
    monuments = {m.title_en: m for m in MonumentPage.objects.live()}
    assert set(monuments) == {
        "Monument to Makhtumkuli Fragi",
        "Monument to Kurmangazy Sagyrbayev",
        "Monument to Omar Khayyam",
        "Monument to Heydar Aliyev",
        "Monument to Prince Vladimir the Baptist",
    }
    assert [m for m in monuments.values() if m.donor_country_id] == []
    vladimir = monuments["Monument to Prince Vladimir the Baptist"]
    assert "donated" not in vladimir.summary_en and "подар" not in vladimir.summary_ru
    assert "school" not in vladimir.summary_en and "школ" not in vladimir.summary_ru
    assert "donated to the region" in monuments["Monument to Omar Khayyam"].summary_en


def test_no_relation_the_source_does_not_state(content):
    """Events: the source names no participating countries. ASTU: only its Tashkent branch (Uzbekistan)."""
    for series in EventSeriesPage.objects.all():
        assert list(series.countries.all()) == [], series
    astu = UniversityPage.objects.get(slug_en="astrakhan-state-technical-university")
    assert [c.iso_code for c in astu.partner_countries.all()] == ["UZ"]


def test_the_association_is_named_as_the_source_names_it(content, client):
    name_en = "Association of State Universities and Research Centers of the Caspian States"
    name_ru = "Ассоциация государственных университетов и научных центров прикаспийских государств"
    home_en = client.get("/en/").content.decode()
    assert name_en in home_en and "Association of Caspian universities" not in home_en
    assert name_ru in client.get("/").content.decode().replace("\xa0", " ")


def test_the_school_no_11_is_reconstructed_not_erected(content):
    school = ProjectPage.objects.get(slug_en="school-no-11")
    assert school.summary_en == "The Heydar Aliyev Foundation reconstructed municipal school No. 11."
    assert "реконструирована" in school.summary_ru


WORDING_FIXED = [
    "day-to-day basis",
    "The Governor of Astrakhan Region Igor Babushkin",
    "the Prince Vladimir",
    "to Astrakhan market",
    "Belarussian",
    "permanent residence",
    "by the orders from",
    "North-South",
    "№",
    "Labour",
    "labour",
    "centre",
    'has been operating since"',
]


def test_the_english_reads_as_english_with_one_spelling():
    """Wording copied from the source with its errors is gone; the English is American throughout."""
    import inspect

    from astrakhan_portal.initial_content import source as initial_content

    source = inspect.getsource(initial_content)
    english = "\n".join(pair[1] for pair in _pairs(vars(initial_content)) if isinstance(pair[1], str))
    for wording in WORDING_FIXED:
        assert wording not in english, wording
    assert 'has been operating since",\n' not in source


def _pairs(value):
    """Every (russian, english) pair of texts in the initial content."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "slug":  # addresses keep their first spelling
                yield from _pairs(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _pairs(item)


def test_universities_carry_the_key_figures(content, client):
    index = UniversityIndexPage.objects.get()
    figures = [block.value["value"] for block in index.body_en if block.block_type == "key_figure"]
    assert figures == ["5,000+", "3,000+", "1996"]
    assert UniversityPage.objects.filter(title_en="Astrakhan State Technical University").exists()
    html = client.get(index.url).content.decode()
    assert "5\xa0000+" in html and "1996" in html  # with Russian typography's non-breaking space


def test_recurring_events_offices_agreements_and_standard_pages(content):
    assert titles(EventSeriesPage) == {
        "Caspian Media Forum",
        "International Classical Art Festival “Caspian Seasons”",
        "Caspian Scientific Educational Congress",
        "Oil and Gas Scientific Forum “Caspian Sea is the Sea of Success”",
    }
    offices = {
        (office.country.iso_code, office.kind)
        for country in CountryPage.objects.all()
        for office in country.offices.all()
    }
    assert offices == {
        ("IR", "consulate"),
        ("KZ", "consulate"),
        ("TM", "consulate"),
        ("IR", "representative"),
    }
    moldova = CountryPage.objects.get(iso_code="MD")
    assert [a.year for a in moldova.agreements.all()] == [2021]
    assert CountryPage.objects.get(iso_code="BY").agreements.get().year is None
    assert titles(StandardPage) == {
        "About the cooperation",
        "North–South transport corridor",
        "Tourism",
        "Contacts",
        "Privacy policy",
    }


def test_loading_twice_changes_and_duplicates_nothing(content):
    pages_before = Page.objects.count()
    revisions_before = Revision.objects.count()
    call_command("load_initial_content", verbosity=0)
    assert Page.objects.count() == pages_before
    assert Revision.objects.count() == revisions_before
    assert CooperationSphere.objects.count() == 8


def test_a_page_an_editor_changed_is_kept_unless_overwrite_is_asked(content, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    page = CountryPage.objects.get(iso_code="BY")
    page.summary_en = "Edited by the editor."
    page.save_revision(user=editor).publish()

    loader = ContentLoader().load()
    assert loader.kept == 1
    assert CountryPage.objects.get(iso_code="BY").summary_en == "Edited by the editor."

    ContentLoader(overwrite=True).load()
    assert CountryPage.objects.get(iso_code="BY").summary_en.startswith("Cooperation with Belarus")


def test_a_deleted_page_is_restored(content):
    MonumentPage.objects.get(slug_en="omar-khayyam").delete()
    assert ContentLoader().load().created == 1
    assert MonumentPage.objects.filter(slug_en="omar-khayyam").count() == 1


def test_overwrite_brings_an_existing_site_to_the_corrected_content(content, django_user_model):
    """A site loaded before the corrections: an editor's revision of the home page, the old 1996 label,
    donor countries and event countries. `load_initial_content --overwrite` brings it in line."""
    from home.models import HomePage
    from partners.models import CountryPage

    editor = django_user_model.objects.create_user("editor", password="x")
    home = HomePage.objects.get()
    body = home.body_en.get_prep_value()
    for block in body:
        if block["type"] == "key_figure" and block["value"]["value"] == "1996":
            block["value"]["label"] = "since then the Association of Caspian universities has been operating"
    home.body_en = body
    home.save_revision(user=editor).publish()
    azerbaijan = CountryPage.objects.get(iso_code="AZ")
    monument = MonumentPage.objects.get(slug_en="heydar-aliyev")
    monument.donor_country = azerbaijan
    monument.save_revision().publish()
    series = EventSeriesPage.objects.get(slug_en="caspian-media-forum")
    series.countries.set([azerbaijan])
    series.save_revision(user=editor).publish()

    call_command("load_initial_content", verbosity=0)
    assert MonumentPage.objects.get(pk=monument.pk).donor_country is None  # not edited by a person
    assert EventSeriesPage.objects.get(pk=series.pk).countries.count() == 1  # kept: an editor's revision

    call_command("load_initial_content", "--overwrite", verbosity=0)
    assert EventSeriesPage.objects.get(pk=series.pk).countries.count() == 0
    labels = [b.value["label"] for b in HomePage.objects.get().body_en if b.block_type == "key_figure"]
    assert "the year since which the Association of State Universities" in labels[-1]
