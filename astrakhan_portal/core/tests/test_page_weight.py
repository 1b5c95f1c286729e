"""Page weight budget: the HTML of a page plus every stylesheet and script it
links come to under 150 KB before images, in both languages."""

import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils import translation

from partners.models import CountryPage

pytestmark = pytest.mark.django_db

BUDGET = 150 * 1024


def page_weight(client, url):
    """(total bytes, {part: bytes}) of the HTML and the CSS/JS files it links."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    parts = {url: len(response.content)}
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    links += re.findall(r'<script[^>]+src="([^"]+)"', html)
    for link in links:
        assert link.startswith(settings.STATIC_URL), link  # nothing from another host
        path = finders.find(link.removeprefix(settings.STATIC_URL))
        assert path, link
        with open(path, "rb") as f:
            parts[link] = len(f.read())
    return sum(parts.values()), parts


@pytest.mark.parametrize("language", ["ru", "en"])
def test_home_and_country_pages_stay_under_150_kb(client, content, language):
    with translation.override(language):
        urls = [content.get_url(), CountryPage.objects.get(iso_code="KZ").get_url()]
    for url in urls:
        total, parts = page_weight(client, url)
        assert "/static/css/site.css" in parts
        assert total < BUDGET, (url, parts)
