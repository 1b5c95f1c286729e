"""axe-core finds no WCAG 2.0/2.1 A and AA or 2.2 AA violations on any page type.

Every page type in Russian and in English, in the normal look and in each
colour scheme of the version for the visually impaired.
"""

import pytest

from .conftest import format_violations
from .pages import LANGUAGES, PAGE_TYPES, VI_SCHEMES, page_path, vi_path

NAMES = [name for name, _ in PAGE_TYPES]


@pytest.mark.parametrize("scheme", ["normal", *VI_SCHEMES])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_no_accessibility_violations(tab, portal_server, axe, name, language, scheme):
    path = page_path(portal_server, name, language)
    if scheme == "normal":
        response = tab.open(path)
        assert "vi" not in (tab.page.locator("html").get_attribute("class") or "").split()
    else:
        # Chosen through the settings form's own query, as the form submits it.
        response = tab.open(vi_path(language, path, scheme=scheme))
        html_class = tab.page.locator("html").get_attribute("class") or ""
        assert f"vi-scheme-{scheme}" in html_class.split(), html_class
    assert response.status == (404 if name == "not-found" else 200), tab.page.url
    assert tab.page.locator("html").get_attribute("lang") == language

    violations = axe(tab.page)
    assert not violations, f"{language} {name} ({scheme}) at {path}:\n{format_violations(violations)}"


def test_the_check_finds_violations_when_there_are_some(visit, axe):
    """The harness itself: a page with a nameless image, unlabelled field and grey-on-white text fails."""
    visit.page.set_content(
        "<!DOCTYPE html><html><head><title>x</title></head><body><main>"
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<input type="text"><p style="color:#bbb;background:#fff">faint</p></main></body></html>'
    )
    found = {violation["id"] for violation in axe(visit.page)}
    assert {"image-alt", "label", "color-contrast", "html-has-lang"} <= found, found
