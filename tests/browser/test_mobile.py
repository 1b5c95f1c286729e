"""On a phone 375 px wide the main menu opens, leads to a section, and nothing scrolls sideways."""

from playwright.sync_api import expect

from astrakhan_portal.initial_content.source import SECTIONS

from .conftest import PHONE
from .helpers import horizontal_overflow, main_menu


def test_the_main_menu_works_on_a_narrow_phone(visit, portal_server):
    page = visit.page
    page.set_viewport_size(PHONE)
    visit.open("/")
    assert horizontal_overflow(page) <= 0, "the home page scrolls sideways at 375 px"

    menu = main_menu(page)
    partners = menu.get_by_role("link", name=SECTIONS["partners"]["title"][0], exact=True)
    expect(partners).to_be_visible()
    box = partners.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], "the menu item is off screen"
    partners.click()

    expect(page.locator("h1")).to_have_text(SECTIONS["partners"]["title"][0])
    assert page.url == portal_server.url + portal_server.page_url("CountryIndexPage", "ru")
    assert horizontal_overflow(page) <= 0, "the partners page scrolls sideways at 375 px"
