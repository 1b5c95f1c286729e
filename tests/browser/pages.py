"""Every type of page a visitor can reach, and how the browser tests find one of each."""

import urllib.parse

# (name used in test ids and screenshot files, Wagtail page class or None for a view)
PAGE_TYPES = [
    ("home", "HomePage"),
    ("country-index", "CountryIndexPage"),
    ("country", "CountryPage"),
    ("project-index", "ProjectIndexPage"),
    ("project", "ProjectPage"),
    ("monument-index", "MonumentIndexPage"),
    ("monument", "MonumentPage"),
    ("university-index", "UniversityIndexPage"),
    ("university", "UniversityPage"),
    ("event-index", "EventIndexPage"),
    ("event-series", "EventSeriesPage"),
    ("news-index", "NewsIndexPage"),
    ("news-item", "NewsPage"),
    ("standard", "StandardPage"),
    ("search", None),
    ("not-found", None),
    ("accessibility", None),
]
LANGUAGES = ["ru", "en"]
VI_SCHEMES = ["bw", "wb", "blue"]

PREFIX = {"ru": "", "en": "/en"}
SEARCH_WORD = {"ru": "Астрахань", "en": "Astrakhan"}
MISSING = {"ru": "/net-takoy-stranicy/", "en": "/en/no-such-page/"}


def page_path(server, name, language):
    """The address of one page of the type `name` in `language`."""
    kinds = dict(PAGE_TYPES)
    if kinds[name]:
        return server.page_url(kinds[name], language)
    if name == "search":
        return f"{PREFIX[language]}/search/?" + urllib.parse.urlencode({"q": SEARCH_WORD[language]})
    if name == "not-found":
        return MISSING[language]
    return f"{PREFIX[language]}/accessibility/"


def vi_path(language, next_path, scheme="normal", font="normal", images="on", spacing="normal"):
    """The settings form of the version for the visually impaired, submitted with these choices."""
    query = {"font": font, "scheme": scheme, "images": images, "spacing": spacing, "next": next_path}
    return f"{PREFIX[language]}/accessibility/?" + urllib.parse.urlencode(query)
