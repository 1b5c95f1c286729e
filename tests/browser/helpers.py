"""What the browser tests do on a page, the way a visitor would."""

from playwright.sync_api import expect

MENU_SELECTOR = "nav.main-menu, nav[aria-label='Главное меню'], nav[aria-label='Main menu']"


def main_menu(page):
    """The main menu, opened first if the layout hides it behind a button (narrow screens)."""
    menu = page.locator(MENU_SELECTOR).first
    expect(menu).to_be_attached()
    first_link = menu.get_by_role("link").first
    if not first_link.is_visible():
        toggle = menu_toggle(page, menu)
        expect(toggle, "the main menu is hidden and there is no button to open it").to_be_visible()
        toggle.click()
        if toggle.get_attribute("aria-expanded") is not None:
            expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(first_link).to_be_visible()
    return menu


def menu_toggle(page, menu):
    """The visible button that opens the main menu: the one controlling it, else the header's first."""
    ids = [menu.get_attribute("id"), *menu.locator("[id]").evaluate_all("els => els.map(e => e.id)")]
    selectors = [f'[aria-controls="{menu_id}"]' for menu_id in ids if menu_id]
    selectors += ["header button[aria-expanded]", "header summary"]
    for selector in selectors:
        candidate = page.locator(f"{selector} >> visible=true").first
        if candidate.count():
            return candidate
    return page.locator(selectors[-1]).first


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the window (0 when it fits)."""
    return page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth")
