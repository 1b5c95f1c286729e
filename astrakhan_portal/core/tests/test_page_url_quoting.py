"""A page's address from its stored path is quoted as reverse() quotes it; a path of plain
slug characters skips the quoting pass (the sitemap works out 5,000 addresses a section)."""

import itertools
from urllib.parse import quote

from astrakhan_portal.core.page_urls import SAFE_IN_PATH, UNCHANGED_BY_QUOTE

SAMPLES = [
    "novosti/",
    "en/news/item-1_a.b~c/",
    "a&b=c;d/",
    "новости/",
    "a b/",
    "a%20b/",
    "a?b#c",
    'a"b',
    "a<b>",
    "",
]


def test_only_what_quote_leaves_alone_skips_it():
    characters = [chr(code) for code in range(0x20, 0x7F)] + ["ё", "\u00a0", "€"]
    for text in itertools.chain(SAMPLES, characters, (a + b for a in characters for b in "a/%")):
        assert bool(UNCHANGED_BY_QUOTE(text)) == (quote(text, safe=SAFE_IN_PATH) == text), text
