"""A visitor with poor eyesight switches to large white-on-black text, keeps it, then goes back."""

import re

from playwright.sync_api import expect

from astrakhan_portal.initial_content.source import SECTIONS

from .conftest import SCREENSHOTS
from .helpers import main_menu

LOOK = """() => {
    const main = document.querySelector('main');
    let background = 'rgba(0, 0, 0, 0)';
    for (const element of [document.body, document.documentElement]) {
        const colour = getComputedStyle(element).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') { background = colour; break; }
    }
    return {font: parseFloat(getComputedStyle(main).fontSize), background,
            colour: getComputedStyle(main).color};
}"""


def look(page):
    """Font size and colours as the visitor sees them, once the stylesheet has loaded."""
    page.wait_for_load_state("load")
    return page.evaluate(LOOK)


def test_large_white_on_black_text_applies_persists_and_resets(visit, portal_server):
    page = visit.page
    visit.open(portal_server.page_url("ProjectPage", "ru"))
    normal = look(page)
    expect(page.locator("section.vi-panel")).to_have_count(0)

    link = page.locator("a.vi-link").first
    expect(link).to_contain_text("Версия для слабовидящих")
    link.click()
    form = page.locator("main form:has(input[name='font'])").first
    form.locator("input[name='font'][value='large']").check()
    form.locator("input[name='scheme'][value='wb']").check()
    form.locator("button[type='submit'], input[type='submit']").first.click()

    # Back on the page the visitor came from, now large and white on black.
    expect(page).to_have_url(portal_server.url + portal_server.page_url("ProjectPage", "ru"))
    html = page.locator("html")
    for css_class in ["vi", "vi-font-large", "vi-scheme-wb"]:
        expect(html).to_have_class(_has(css_class))
    expect(page.locator("section.vi-panel")).to_be_visible()
    expect(page.locator("section.vi-panel a.vi-reset")).to_be_visible()
    chosen = look(page)
    assert chosen["font"] >= normal["font"] * 1.2, (normal, chosen)
    assert chosen["background"] == "rgb(0, 0, 0)", chosen
    assert chosen["colour"] == "rgb(255, 255, 255)", chosen
    assert any(cookie["name"] == "vi" for cookie in page.context.cookies())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "ru-project-vi-large-wb-1280.png", full_page=True)

    # The choice stays on the next page.
    main_menu(page).get_by_role("link", name=SECTIONS["news"]["title"][0], exact=True).click()
    expect(page.locator("h1")).to_have_text(SECTIONS["news"]["title"][0])
    expect(html).to_have_class(_has("vi-scheme-wb"))
    assert look(page) == chosen

    # "Normal version" brings the usual look back.
    page.locator("a.vi-reset").first.click()
    expect(page.locator("h1")).to_have_text(SECTIONS["news"]["title"][0])
    expect(page.locator("section.vi-panel")).to_have_count(0)
    assert "vi" not in (html.get_attribute("class") or "").split()
    assert look(page) == normal
    assert not any(cookie["name"] == "vi" for cookie in page.context.cookies())


def _has(css_class):
    return re.compile(rf"(^|\s){re.escape(css_class)}(\s|$)")
