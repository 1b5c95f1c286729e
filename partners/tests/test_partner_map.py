"""The inline SVG partner map: its generated data and the ``{% partner_map %}`` tag."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from partners.map import load_partner_map

PARTNER_CODES = {"AZ", "KZ", "TM", "IR", "BY", "UZ", "MD"}
SVG_NS = "http://www.w3.org/2000/svg"

TITLES = {
    "AZ": "Азербайджан",
    "KZ": "Казахстан",
    "TM": "Туркменистан",
    "IR": "Иран",
    "BY": "Беларусь",
    "UZ": "Узбекистан",
    "MD": "Молдова",
}


def country(code, title=None):
    return SimpleNamespace(iso_code=code, title=title or TITLES[code], url=f"/partners/{code.lower()}/")


def render(countries):
    return Template("{% load partner_map %}{% partner_map countries %}").render(
        Context({"countries": countries})
    )


class Elements(HTMLParser):
    """Collects every start tag as (tag, attrs, text until the next tag)."""

    def __init__(self):
        super().__init__()
        self.elements = []
        self._open = []

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        self._open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.elements.append({"tag": tag, "attrs": dict(attrs), "text": ""})

    def handle_endtag(self, tag):
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i]["tag"] == tag:
                del self._open[i:]
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data


def parse(html):
    parser = Elements()
    parser.feed(html)
    return parser.elements


def map_links(html):
    """The country links inside the SVG, by code."""
    return {
        e["attrs"]["data-code"]: e
        for e in parse(html)
        if e["tag"] == "a" and "partner-map__country" in e["attrs"].get("class", "")
    }


def test_data_has_every_partner_with_a_path_and_a_label_inside_the_view_box():
    data = load_partner_map()
    _, _, width, height = (float(v) for v in data["viewBox"].split())

    assert set(data["partners"]) == PARTNER_CODES
    for code, shape in data["partners"].items():
        assert re.match(r"^M[\d.]+ [\d.]+l", shape["d"]), code
        assert len(shape["d"]) > 100, code
        x, y = shape["label"]
        assert 0 < x < width and 0 < y < height, code
    # The non-partner countries are one merged land shape: no border of any
    # non-partner country is drawn.
    assert [shape["code"] for shape in data["context"]] == ["land"]
    assert data["context"][0]["d"].startswith("M")
    x, y = data["astrakhan"]
    assert 0 < x < width and 0 < y < height
    assert data["source"].startswith("Natural Earth via world-atlas")


def test_every_given_country_is_a_link_with_its_url_and_label():
    countries = [country(code) for code in sorted(PARTNER_CODES)]
    html = render(countries)
    links = map_links(html)

    assert set(links) == PARTNER_CODES
    data = load_partner_map()
    for c in countries:
        link = links[c.iso_code]
        assert link["attrs"]["href"] == c.url
        assert link["attrs"]["aria-label"] == c.title
        assert link["text"].strip() == c.title
        assert data["partners"][c.iso_code]["d"] in html

    # The caption repeats the same links as a plain list (the text alternative).
    caption_links = [
        (e["attrs"]["href"], e["text"]) for e in parse(html.split("<figcaption", 1)[1]) if e["tag"] == "a"
    ]
    assert caption_links == [(c.url, c.title) for c in countries]


def test_iso_code_is_matched_case_insensitively():
    links = map_links(render([SimpleNamespace(iso_code="kz", title="Kazakhstan", url="/kz/")]))
    assert set(links) == {"KZ"}


def test_country_not_given_is_drawn_but_not_a_link():
    given = [country(code) for code in sorted(PARTNER_CODES - {"MD"})]
    html = render(given)
    elements = parse(html)

    assert "MD" not in map_links(html)
    assert "/partners/md/" not in html
    assert TITLES["MD"] not in html
    moldova = [e for e in elements if e["attrs"].get("data-code") == "MD"]
    assert [e["tag"] for e in moldova] == ["path"]
    assert moldova[0]["attrs"]["class"] == "partner-map__partner"
    assert moldova[0]["attrs"]["d"] == load_partner_map()["partners"]["MD"]["d"]


def test_context_and_astrakhan_are_drawn_and_not_links():
    html = render([country("AZ")])
    elements = parse(html)

    land = [e for e in elements if "partner-map__context" in e["attrs"].get("class", "")]
    assert [(e["tag"], e["attrs"]["data-code"]) for e in land] == [("path", "land")]
    # Only Azerbaijan's two links: the one on the map and the one in the caption.
    assert len([e for e in elements if e["tag"] == "a"]) == 2
    x, y = load_partner_map()["astrakhan"]
    circle = next(e for e in elements if e["tag"] == "circle")
    assert (float(circle["attrs"]["cx"]), float(circle["attrs"]["cy"])) == (x, y)
    label = next(e for e in elements if "partner-map__city-label" in e["attrs"].get("class", ""))
    assert label["text"].strip()


def test_svg_is_accessible_well_formed_and_self_contained():
    html = render([country(code) for code in sorted(PARTNER_CODES)])

    assert "<script" not in html.lower()
    assert " style=" not in html
    assert re.findall(r"https?://[^\s\"'<>]+", html) == [SVG_NS]
    # Well-formed XML, so it is valid both inline in HTML5 and as a file.
    svg = ET.fromstring(html[html.index("<svg") : html.index("</svg>") + len("</svg>")])
    assert svg.tag == f"{{{SVG_NS}}}svg"
    assert svg.get("role") == "group"
    title = svg.find(f"{{{SVG_NS}}}title")
    assert title is not None and title.text.strip()
    assert svg.get("aria-labelledby") == title.get("id")
    # The links are real, focusable links.
    assert all(a.get("href") for a in svg.iter(f"{{{SVG_NS}}}a"))


def test_titles_are_escaped():
    html = render([country("IR", title='Iran <b>& "friends"</b>')])

    assert "<b>" not in html
    assert "Iran &lt;b&gt;&amp; &quot;friends&quot;&lt;/b&gt;" in html
    assert map_links(html)["IR"]["attrs"]["aria-label"] == 'Iran <b>& "friends"</b>'


@pytest.mark.parametrize("language", ["ru", "en"])
def test_coordinates_are_not_localised(language):
    # Russian formats 12.5 as "12,5", which would break every SVG coordinate.
    with translation.override(language):
        html = render([country(code) for code in sorted(PARTNER_CODES)])
    numbers = re.findall(r'\s(?:x|y|cx|cy)="([^"]*)"', html)
    assert len(numbers) >= 2 * len(PARTNER_CODES) + 2
    for number in numbers:
        assert re.fullmatch(r"-?\d+(\.\d+)?", number), number
    assert f'viewBox="{load_partner_map()["viewBox"]}"' in html
