"""No page links to another host built from the request path (issue 12, item 5).

A robot asks for ``//evil.example/``: the 404 page it gets must not offer
``//evil.example/en/`` in the language switcher, nor name ``http://evil.example/``
in its canonical and hreflang links.
"""

import re
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.django_db

HOSTILE_PATHS = [
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "//evil.example/en/",
    "/en//evil.example/",
    "//evil.example/feedback/",
    "//evil.example/search/",
]
LINK = re.compile(r'(?:href|content|action)="([^"]*)"')


def links(html):
    return [m.replace("&amp;", "&") for m in LINK.findall(html)]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_no_link_names_another_host_built_from_the_path(client, content, path):
    # The test client would read "//evil.example" as a host: give the raw path.
    response = client.get("/", PATH_INFO=path)
    assert response.status_code in (200, 301, 302, 404), path
    if response.status_code in (301, 302):
        location = response["Location"]
        assert not location.startswith(("//", "/\\")) and urlsplit(location).netloc in ("", "testserver")
        return
    html = response.content.decode()
    for url in links(html):
        assert not url.startswith(("//", "/\\")), (path, url)
        assert urlsplit(url).netloc in ("", "testserver") or "evil.example" not in url, (path, url)


def test_the_404_language_switcher_stays_on_the_site(client, content):
    html = client.get("/", PATH_INFO="//evil.example/").content.decode()
    assert 'href="//evil.example' not in html
    assert "http://evil.example" not in html
    alternates = re.findall(r'hreflang="[a-z-]+" href="([^"]*)"', html)
    assert alternates and all(url.startswith("http://testserver/") for url in alternates)
    assert '<link rel="canonical" href="http://testserver/evil.example/">' in html
