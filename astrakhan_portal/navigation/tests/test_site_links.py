"""Editors choose the pages the site links to, and the footer's texts, in the site settings.

The footer links to the contacts page and the feedback form to the privacy
policy that editors chose in Settings → Site links, whatever their slugs;
a page left unset or unpublished simply has no link.
"""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail.users.models import UserProfile

from astrakhan_portal.navigation.models import SiteLinks
from standard.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(client, django_user_model, content):
    user = django_user_model.objects.create_superuser("chief", "chief@example.invalid", "x")
    client.force_login(user)
    client.user = user
    return client


def footer(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return re.search(r'<footer class="site-footer">.*?</footer>', response.content.decode(), re.S).group(0)


def settings_form_url():
    return f"/admin/settings/navigation/sitelinks/{Site.objects.get(is_default_site=True).pk}/"


def test_the_initial_content_fills_the_site_links(content):
    links = SiteLinks.objects.get(site__is_default_site=True)
    assert links.contacts_page.slug_en == "contacts"
    assert links.privacy_page.slug_en == "privacy-policy"
    assert (links.footer_title_ru, links.footer_title_en) == ("Астраханская область", "Astrakhan Region")


def test_the_footer_shows_the_editors_texts_in_each_language(client, content):
    ru = footer(client, "/")
    assert '<h2 class="site-footer__title" id="footer-about">Астраханская область</h2>' in ru
    assert "Правительство Астраханской области. Международное сотрудничество" in ru
    en = footer(client, "/en/")
    assert '<h2 class="site-footer__title" id="footer-about">Astrakhan Region</h2>' in en
    assert "<p>Government of Astrakhan Region. International cooperation" in en


def test_an_editor_chooses_another_contacts_page_and_the_footer_follows(chief, content):
    about = StandardPage.objects.get(slug_en="about")
    form = chief.get(settings_form_url())
    assert form.status_code == 200
    links = SiteLinks.objects.get(site__is_default_site=True)
    response = chief.post(
        settings_form_url(),
        {
            "contacts_page": about.pk,
            "privacy_page": links.privacy_page_id,
            "footer_title_ru": "Астраханская область",
            "footer_title_en": "Astrakhan Region",
            "footer_text_ru": "Новый текст подвала.",
            "footer_text_en": "A new footer line.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    en = footer(chief, "/en/partners/")
    assert '<a href="/en/about/">Contacts and offices in Astrakhan</a>' in en
    assert '<a href="/en/contacts/">Contacts and offices in Astrakhan</a>' not in en
    assert "<p>A new footer line.</p>" in en
    assert "<p>Новый текст подвала.</p>" in footer(chief, "/")


def test_a_renamed_privacy_policy_is_still_linked_from_the_feedback_form(client, content):
    policy = StandardPage.objects.get(slug_en="privacy-policy")
    policy.slug_en = "personal-data"
    policy.save_revision().publish()
    html = client.get("/en/feedback/").content.decode()
    assert 'href="/en/personal-data/"' in html
    assert "privacy-policy" not in html


def test_an_unset_or_unpublished_page_has_no_link_and_no_error(client, content):
    links = SiteLinks.objects.get(site__is_default_site=True)
    links.privacy_page = None
    links.save()
    Page.objects.get(pk=links.contacts_page_id).specific.unpublish()
    feedback = client.get("/en/feedback/")
    assert feedback.status_code == 200
    assert "Read the privacy policy" not in feedback.content.decode()
    home = footer(client, "/en/")
    assert "Contacts and offices in Astrakhan" not in home
    assert 'href="/en/feedback/"' in home  # the other links stay


def test_without_a_setting_the_footer_has_no_texts_and_no_links(client, content):
    SiteLinks.objects.all().delete()
    home = footer(client, "/en/")
    assert 'id="footer-about"' not in home
    assert "Contacts and offices in Astrakhan" not in home
    assert client.get("/en/feedback/").status_code == 200


def test_the_setting_and_its_pages_cost_one_query_per_page_view(client, content):
    """Read from the database on every (uncached) view, so every server shows an
    editor's change at once; the chosen pages, sections under the home page, come
    from the menu's rows."""
    client.get("/en/feedback/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/feedback/")
    assert 'href="/en/privacy-policy/"' in response.content.decode()
    reads = [q["sql"] for q in queries.captured_queries if "navigation_sitelinks" in q["sql"]]
    assert len(reads) == 1
    assert "JOIN" not in reads[0]
    pages = [q["sql"] for q in queries.captured_queries if '"wagtailcore_page"."id" IN' in q["sql"]]
    assert pages == []


def test_a_page_chosen_deeper_in_the_tree_costs_one_more_query(client, content):
    links = SiteLinks.objects.get(site__is_default_site=True)
    policy = links.privacy_page.specific
    nested = StandardPage(title_ru="Правила", title_en="Rules", slug_ru="pravila", slug_en="rules")
    policy.add_child(instance=nested)
    nested.save_revision().publish()
    links.privacy_page = nested
    links.save()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/feedback/")
    assert 'href="/en/privacy-policy/rules/"' in response.content.decode()
    assert len([q for q in queries.captured_queries if '"wagtailcore_page"."id" IN' in q["sql"]]) == 1


def test_editors_find_the_setting_in_russian_and_in_english(chief, content):
    for language, menu_label, field_label in [
        ("ru", "Ссылки сайта", "Страница контактов"),
        ("en", "Site links", "Contacts page"),
    ]:
        profile = UserProfile.get_for_user(chief.user)
        profile.preferred_language = language
        profile.save()
        html = chief.get(settings_form_url()).content.decode()
        assert menu_label in html
        assert field_label in html


def test_loading_the_initial_content_again_keeps_an_editors_choice(content):
    about = StandardPage.objects.get(slug_en="about")
    links = SiteLinks.objects.get(site__is_default_site=True)
    links.contacts_page = about
    links.footer_text_en = "Edited."
    links.save()
    call_command("load_initial_content", verbosity=0)
    links.refresh_from_db()
    assert (links.contacts_page_id, links.footer_text_en) == (about.pk, "Edited.")
    call_command("load_initial_content", "--overwrite", verbosity=0)
    links.refresh_from_db()
    assert links.contacts_page.slug_en == "contacts"
    assert links.footer_text_en.startswith("Government of Astrakhan Region.")
