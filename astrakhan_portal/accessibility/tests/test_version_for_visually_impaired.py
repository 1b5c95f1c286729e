"""A visitor with poor eyesight switches on the version for visually impaired
visitors (GOST R 52872-2019), browses with it and returns to the normal version."""

import re

import pytest

from astrakhan_portal.accessibility.preferences import COOKIE_NAME

pytestmark = pytest.mark.django_db


def html_classes(response):
    match = re.search(r"<html[^>]*>", response.content.decode())
    classes = re.search(r'class="([^"]*)"', match.group(0))
    return set(classes.group(1).split()) if classes else set()


def test_every_page_links_to_the_settings_in_the_visitors_language(client, content):
    ru = client.get("/partnery/iran/").content.decode()
    assert re.search(r'<a class="vi-link" href="/accessibility/\?next=/partnery/iran/"', ru)
    assert "Версия для слабовидящих" in ru
    en = client.get("/en/partners/iran/").content.decode()
    assert re.search(r'<a class="vi-link" href="/en/accessibility/\?next=/en/partners/iran/"', en)
    assert "Version for the visually impaired" in en
    # Without the cookie the site is in its normal version: no panel, no classes.
    assert 'class="vi-panel"' not in ru
    assert '<html lang="ru">' in ru


def test_the_link_brings_the_visitor_back_with_the_query_unless_it_is_huge(client, content):
    """A filtered list comes back with its filters; a robot's megabyte-long query
    (found by the fuzz test: it was copied, encoded, into every VI link) does not."""
    html = client.get("/en/projects/?country=az").content.decode()
    assert 'href="/en/accessibility/?next=/en/projects/%3Fcountry%3Daz"' in html
    huge = client.get("/en/projects/?" + "&".join(["sphere=" + "ы" * 500] * 500))
    assert huge.status_code == 200
    html = huge.content.decode()
    assert 'href="/en/accessibility/?next=/en/projects/"' in html
    assert len(huge.content) < 200_000
    not_found = client.get("/en/" + "x" * 3000 + "/").content.decode()
    assert 'href="/en/accessibility/?next=/"' in not_found


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_settings_page_is_a_form_that_works_without_javascript(client, content, prefix):
    response = client.get(f"{prefix}/accessibility/?next={prefix}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<form class="vi-settings" method="get" action="{prefix}/accessibility/">' in html
    for name, values in {
        "font": ["normal", "large", "xlarge"],
        "scheme": ["normal", "bw", "wb", "blue"],
        "images": ["on", "off"],
        "spacing": ["normal", "wide"],
    }.items():
        for value in values:
            assert f'name="{name}" value="{value}"' in html, (name, value)
    assert f'<input type="hidden" name="next" value="{prefix}/">' in html
    assert "<script" not in html
    assert "noindex" in html
    if prefix:
        assert "Font size" in html and "White on black" in html
    else:
        assert "Размер шрифта" in html and "Белый на чёрном" in html


def test_a_visitor_switches_it_on_and_it_follows_them_across_pages(client, content):
    response = client.get(
        "/accessibility/",
        {"font": "xlarge", "scheme": "wb", "images": "off", "spacing": "wide", "next": "/partnery/iran/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/partnery/iran/"
    cookie = response.cookies[COOKIE_NAME]
    assert cookie.value == "xlarge.wb.off.wide"
    assert cookie["path"] == "/"
    assert cookie["max-age"] and int(cookie["max-age"]) > 30 * 24 * 3600
    assert cookie["samesite"] == "Lax"

    for url in [
        "/partnery/iran/",
        "/en/projects/",
        "/",
        "/search/?q=%D0%98%D1%80%D0%B0%D0%BD",
        "/no-such-page/",
    ]:
        page = client.get(url)
        assert html_classes(page) == {
            "vi",
            "vi-font-xlarge",
            "vi-scheme-wb",
            "vi-images-off",
            "vi-spacing-wide",
        }, url
        html = page.content.decode()
        assert '<section class="vi-panel"' in html, url
        assert 'class="vi-reset"' in html, url
        # The panel shows the current choice and returns here after a change.
        assert re.search(r'name="scheme" value="wb" aria-pressed="true"', html), url
        assert f'<input type="hidden" name="next" value="{url}">' in html, url


def test_one_control_in_the_panel_changes_only_that_setting(client, content):
    client.get("/accessibility/", {"font": "large", "scheme": "blue", "next": "/"})
    response = client.get("/accessibility/", {"spacing": "wide", "next": "/en/news/"})
    assert response["Location"] == "/en/news/"
    assert response.cookies[COOKIE_NAME].value == "large.blue.on.wide"
    page = client.get("/en/news/")
    assert html_classes(page) == {"vi", "vi-font-large", "vi-scheme-blue", "vi-images-on", "vi-spacing-wide"}


def test_the_normal_version_link_switches_it_off(client, content):
    client.get("/accessibility/", {"scheme": "bw", "next": "/"})
    html = client.get("/en/partners/").content.decode()
    reset = re.search(r'<a class="vi-reset" href="([^"]+)">([^<]+)</a>', html)
    assert reset.group(2) == "Normal version of the site"
    url = reset.group(1).replace("&amp;", "&")
    assert url == "/en/accessibility/?reset=1&next=/en/partners/"

    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "/en/partners/"
    assert response.cookies[COOKIE_NAME].value == ""
    assert response.cookies[COOKIE_NAME]["max-age"] == 0
    page = client.get("/en/partners/")
    assert html_classes(page) == set()
    assert "vi-panel" not in page.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"font": "huge", "scheme": "pink", "images": "maybe", "spacing": "x" * 5000},
        {"font": "", "scheme": "<script>"},
        {"font": ["large", "'; DROP TABLE"], "scheme": "\x00"},
    ],
)
def test_unknown_values_are_ignored_and_never_break_the_page(client, content, params):
    response = client.get("/accessibility/", {**params, "next": "/"})
    # A NUL byte anywhere in the address is refused early with a 400 page (security middleware).
    assert response.status_code in (200, 302, 400)
    if response.status_code == 400:
        assert any("\x00" in str(value) for value in params.values())
    if response.status_code == 200:
        html = response.content.decode()
        assert "не распознаны" in html
        assert COOKIE_NAME not in response.cookies
        assert "<script>" not in html


def test_known_values_are_taken_and_unknown_ones_ignored(client, content):
    response = client.get("/accessibility/", {"font": "xlarge", "scheme": "pink", "next": "/"})
    assert response.status_code == 302
    # The scheme falls back to the default of the version (black on white).
    assert response.cookies[COOKIE_NAME].value == "xlarge.bw.on.normal"


@pytest.mark.parametrize(
    "cookie",
    ["", "garbage", "xlarge.wb.off", "xlarge.wb.off.wide.extra", "huge.wb.off.wide", "x" * 5000, "a.b.c.d"],
)
def test_a_tampered_cookie_is_treated_as_the_normal_version(client, content, cookie):
    client.cookies[COOKIE_NAME] = cookie
    response = client.get("/")
    assert response.status_code == 200
    assert html_classes(response) == set()
    assert "vi-panel" not in response.content.decode()


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example",
        "http:/evil.example",
        "javascript:alert(1)",
        "/ /evil.example",
        "/\r\nSet-Cookie: x=1",
        "evil.example",
        "",
        "/" + "a" * 3000,
    ],
)
def test_open_redirects_go_to_the_home_page_instead(client, content, next_url):
    response = client.get("/accessibility/", {"font": "large", "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/"
    response = client.get("/en/accessibility/", {"reset": "1", "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_a_local_path_with_a_query_is_kept(client, content):
    response = client.get(
        "/accessibility/", {"font": "large", "next": "/en/projects/?country=az&sphere=trade"}
    )
    assert response["Location"] == "/en/projects/?country=az&sphere=trade"


def test_the_settings_page_keeps_the_visitors_choice_and_return_address(client, content):
    client.get("/accessibility/", {"font": "xlarge", "scheme": "blue", "next": "/"})
    html = client.get("/accessibility/", {"next": "/partnery/"}).content.decode()
    assert re.search(r'name="font" value="xlarge" checked', html)
    assert re.search(r'name="scheme" value="blue" checked', html)
    # The panel on the settings page brings the visitor back where they came from.
    assert 'href="/accessibility/?reset=1&amp;next=/partnery/"' in html
    assert html.count('class="vi-reset"') == 1
    assert html.count('class="vi-link"') == 1
