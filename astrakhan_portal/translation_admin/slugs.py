"""Latin slugs from Russian titles, by the transliteration of Russian passports.

The table is the one of ICAO Doc 9303 as adopted by Order No. 372 of the Russian
Ministry of Foreign Affairs (2016) for international passports: ж→zh, х→kh,
ц→ts, ч→ch, ш→sh, щ→shch, ы→y, ъ→ie, э→e, ю→iu, я→ia, й→i, ё→e, ь dropped.

The same table is used twice: on the server (``slugify_title``, when a page is
saved without a slug) and in the admin's browser, where it is handed to
Wagtail's slug controller (``w-slug``) as *formatters*, which that controller
applies before it cleans the value; Wagtail's own urlify then only meets Latin
letters.
"""

import re

from django.utils.text import slugify
from wagtail.admin.widgets import SlugInput

PASSPORT_TRANSLITERATION = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "ie",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}


def transliterate(text):
    """Russian letters in ``text`` written in Latin letters (case kept as far as it goes)."""
    result = []
    for character in text:
        latin = PASSPORT_TRANSLITERATION.get(character.lower())
        if latin is None:
            result.append(character)
        elif character.isupper():
            result.append(latin.capitalize())
        else:
            result.append(latin)
    return "".join(result)


def slugify_title(title):
    """The slug a title gives: transliterated, lower case, ASCII letters, digits and hyphens."""
    return slugify(transliterate(title or ""))


def slug_formatters():
    """The table as Wagtail's slug controller takes it: one (pattern, replacement) per letter."""
    formatters = []
    for cyrillic, latin in PASSPORT_TRANSLITERATION.items():
        formatters.append((re.escape(cyrillic), latin))
        formatters.append((re.escape(cyrillic.upper()), latin.capitalize()))
    return formatters


class TransliteratingSlugInput(SlugInput):
    """Wagtail's slug input, transliterating Russian by the passport table before cleaning."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or slug_formatters(), locale=locale)
