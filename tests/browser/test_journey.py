"""A visitor finds a joint project through the partner countries, reads it in English and goes back."""

import re

from playwright.sync_api import expect

from astrakhan_portal.initial_content.source import COUNTRIES, PROJECTS, SECTIONS

from .helpers import main_menu

PROJECT = PROJECTS[0]
COUNTRY = next(country for country in COUNTRIES if country["iso"] == PROJECT["countries"][0])


def test_from_home_to_a_project_then_in_english_and_back(visit, portal_server):
    page = visit.page
    visit.open("/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")

    main_menu(page).get_by_role("link", name=SECTIONS["partners"]["title"][0], exact=True).click()
    expect(page.locator("h1")).to_have_text(SECTIONS["partners"]["title"][0])
    assert page.url == portal_server.url + portal_server.page_url("CountryIndexPage", "ru")

    page.locator("main").get_by_role("link", name=COUNTRY["title"][0], exact=True).first.click()
    expect(page.locator("h1")).to_have_text(COUNTRY["title"][0])
    assert COUNTRY["slug"][0] in page.url

    page.locator("main").get_by_role("link", name=PROJECT["title"][0], exact=True).first.click()
    expect(page.locator("h1")).to_have_text(PROJECT["title"][0])
    russian_url = page.url
    assert PROJECT["slug"][0] in russian_url

    page.locator("a[hreflang='en']").first.click()
    expect(page).to_have_url(re.compile(r"/en/projects/.*" + re.escape(PROJECT["slug"][1]) + "/$"))
    expect(page.locator("h1")).to_have_text(PROJECT["title"][1])
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.go_back()
    expect(page).to_have_url(russian_url)
    expect(page.locator("h1")).to_have_text(PROJECT["title"][0])
    expect(page.locator("html")).to_have_attribute("lang", "ru")
