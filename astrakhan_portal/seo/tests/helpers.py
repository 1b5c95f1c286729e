"""Reading what search engines, feed readers and link previews read."""

import io
import json
from html.parser import HTMLParser

from django.core.files.images import ImageFile
from PIL import Image as PillowImage


class HeadParser(HTMLParser):
    """The <head> tags of a page: meta, link and JSON-LD scripts."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.meta_lists = {}
        self.links = []
        self.json_ld = []
        self._in_json_ld = False
        self._buffer = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, attrs.get("content"))
                self.meta_lists.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self._buffer = []

    def handle_data(self, data):
        if self._in_json_ld:
            self._buffer.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_json_ld:
            self.json_ld.append(json.loads("".join(self._buffer)))
            self._in_json_ld = False

    def link(self, **wanted):
        """The href of the first <link> with these attributes, or None."""
        for attrs in self.links:
            if all(attrs.get(k) == v for k, v in wanted.items()):
                return attrs.get("href")
        return None

    def hreflangs(self):
        return {
            a["hreflang"]: a["href"] for a in self.links if a.get("rel") == "alternate" and "hreflang" in a
        }


def read_head(response):
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def make_image(title="Фото", size=(1600, 1000), color=(30, 90, 160)):
    """An image uploaded to the Wagtail library, as an editor would."""
    from wagtail.images.models import Image

    buffer = io.BytesIO()
    PillowImage.new("RGB", size, color).save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="photo.png"))
