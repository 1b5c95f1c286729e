"""What counts as text a person typed: something visible must remain.

A name or message made only of zero-width spaces, joiners, direction marks,
control characters or blank look-alikes (the Hangul filler, the blank Braille
pattern) would be stored and shown to editors as empty. Such text is refused.
Zero-width joiners inside real text are kept: Persian names need them.
"""

import unicodedata

INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"}
BLANK_LOOKALIKES = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u180e"}
KEPT_CONTROLS = {"\n", "\t"}


def has_visible_text(text):
    """True if at least one character of ``text`` shows on the screen."""
    return any(
        unicodedata.category(ch) not in INVISIBLE_CATEGORIES and ch not in BLANK_LOOKALIKES for ch in text
    )


def without_controls(text):
    """``text`` without control characters, except line breaks and tabs (CRLF becomes LF)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in KEPT_CONTROLS or unicodedata.category(ch) != "Cc")
