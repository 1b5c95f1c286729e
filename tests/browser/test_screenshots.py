"""A screenshot of every page type at 375 and 1280 px wide, for people to look at.

They go to build/screenshots/<language>-<type>-<width>.png. At 375 px no page
may scroll sideways.
"""

import pytest

from .conftest import DESKTOP, PHONE, SCREENSHOTS
from .helpers import horizontal_overflow
from .pages import LANGUAGES, PAGE_TYPES, page_path


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", [name for name, _ in PAGE_TYPES])
def test_screenshot_of_every_page_type(tab, portal_server, name, language):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = tab.page
    page.set_viewport_size(PHONE)
    response = tab.open(page_path(portal_server, name, language))
    assert response.status == (404 if name == "not-found" else 200), page.url
    phone_shot = SCREENSHOTS / f"{language}-{name}-{PHONE['width']}.png"
    page.screenshot(path=phone_shot, full_page=True)
    overflow = horizontal_overflow(page)

    page.set_viewport_size(DESKTOP)
    desktop_shot = SCREENSHOTS / f"{language}-{name}-{DESKTOP['width']}.png"
    page.screenshot(path=desktop_shot, full_page=True)

    assert phone_shot.stat().st_size > 1000 and desktop_shot.stat().st_size > 1000
    assert overflow <= 0, f"{language} {name} is {overflow} px wider than a 375 px screen"
