"""The initial content is complete, in both languages, and loading it again changes nothing."""

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Revision

from astrakhan_portal.core.loader import ContentLoader
from astrakhan_portal.standard.models import StandardPage
from events.models import EventSeriesPage
from partners.models import CountryPage, UniversityIndexPage, UniversityPage
from projects.models import CooperationSphere, MonumentPage, ProjectPage

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
    assert "bordering regions" in CountryPage.objects.get(iso_code="KZ").partner_regions_en.lower()
    assert "provinces" in CountryPage.objects.get(iso_code="IR").partner_regions_en.lower()


@pytest.mark.parametrize(
    "fragment",
    [
        "Iran’s Trading House",
        "Azerbaijan’s Business Center",
        "Iranian bank",
        "business center in Baku",
        "Kurmangazy Regional Cultural Center",
        "school №11",
        "Kindergarten",
        "Friendship bridge",
        "School in Funtovo",
        "ASTU branch in Tashkent",
        "Minsk Tractor Plant",
        "special economic zone near Olya",
        "Astara – Baku – Astrakhan railway",
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


def test_the_five_monuments_name_their_donor_country(content):
    monuments = {m.title_en: m.donor_country.iso_code for m in MonumentPage.objects.live()}
    assert monuments == {
        "Monument to Makhtumkuli Fragi": "TM",
        "Monument to Kurmangazy Sagyrbayev": "KZ",
        "Monument to Omar Khayyam": "IR",
        "Monument to Heydar Aliyev": "AZ",
        "Monument to Prince Vladimir the Baptist": "AZ",
    }


def test_universities_carry_the_key_figures(content, client):
    index = UniversityIndexPage.objects.get()
    figures = [block.value["value"] for block in index.body_en if block.block_type == "key_figure"]
    assert figures == ["5,000+", "3,000+", "1996"]
    assert UniversityPage.objects.filter(title_en="Astrakhan State Technical University").exists()
    html = client.get(index.url).content.decode()
    assert "5 000+" in html and "1996" in html


def test_recurring_events_offices_agreements_and_standard_pages(content):
    assert titles(EventSeriesPage) == {
        "Caspian Media Forum",
        "International Classical Art Festival “Caspian Seasons”",
        "Caspian Scientific Educational Congress",
        "Scientific forum of oil and gas “Caspian Sea is the Sea of Success”",
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
