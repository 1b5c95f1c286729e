"""Russian typography for rendered text: non-breaking spaces and the right dashes.

No maintained Python typographer fits (typus and richtypo were last released in
2019 and 2017), so the few rules a Russian government text needs live here:

- a number keeps the word after it (``2026 г.``, ``5 тысяч``, ``1996 года``);
- digit groups stay together (``5 000``);
- ``№`` and ``§`` keep their number (``№ 11``, also from ``№11``);
- a dash between words is an em dash with a non-breaking space before it;
- a one-letter preposition or conjunction keeps the word after it (``в Астрахани``).

Only text is changed, never tags, attribute values or the content of ``<script>``,
``<style>``, ``<pre>``, ``<code>`` and ``<textarea>``.
"""

import re

NBSP = "\u00a0"

_TAG = re.compile(r"(<[^>]*>)")
_RAW_START = re.compile(r"<(script|style|pre|code|textarea)\b", re.IGNORECASE)

_DIGIT = re.compile(r"\d")

# (pattern, replacement, what the text must contain for the rule to apply at all). Each
# pattern starts with the space it changes and looks back from it: the regular expression
# module then jumps from space to space instead of trying the rule at every character (two
# to four times faster), and the replacement is plain text. The test is a quick scan that
# spares the five regular expressions on most short texts.
_SPACE = "[ \u00a0]"
_RULES = [
    # 5 000, 12 500 000: a space after a group of one to three digits (not after a decimal
    # point or comma) and before a group of three.
    (
        re.compile(
            rf"{_SPACE}(?<=\d{_SPACE})(?=\d{{3}}(?!\d))"
            rf"(?<!\d{{4}}{_SPACE})(?<![,.]\d{_SPACE})(?<![,.]\d\d{_SPACE})(?<![,.]\d{{3}}{_SPACE})"
        ),
        NBSP,
        "digit",
    ),
    # № 11, №11, § 3 (the gap after the sign is filled)
    (re.compile(rf"(?<=[№§]){_SPACE}?(?=\d)"), NBSP, "sign"),
    # a number and the word or sign after it: 2026 г., 5 тысяч, 1996 года, 3 000+ студентов, 10 %
    (re.compile(r" (?:(?<=\d )|(?<=\d[+%] ))(?=[A-Za-zА-Яа-яЁё%‰°₽$€])"), NBSP, "digit"),
    # a spaced hyphen or en dash between words is an em dash
    (re.compile(r" (?<=\S )[-–—](?= )"), NBSP + "—", "dash"),
    # a one-letter preposition or conjunction and the word after it
    (
        re.compile(r" (?<=[вксуояиаВКСУОЯИА] )(?<![\wА-Яа-яЁё\-][вксуояиаВКСУОЯИА] )(?=\S)"),
        NBSP,
        "space",
    ),
]


def typeset_text(text):
    """Apply the Russian rules to plain text (no markup)."""
    if " " not in text and "№" not in text and "§" not in text:
        return text  # every rule but the number sign's needs a space
    present = {
        "digit": _DIGIT.search(text) is not None,
        "sign": "№" in text or "§" in text,
        "dash": " -" in text or " –" in text or " —" in text,
        "space": " " in text,
    }
    for pattern, replacement, needs in _RULES:
        if present[needs]:
            text = pattern.sub(replacement, text)
    return text


def typeset_html(html):
    """Apply the Russian rules to the text of an HTML fragment, leaving its markup alone."""
    if "<" not in html:
        return typeset_text(html)  # plain (escaped) text: no markup to step around
    parts = _TAG.split(html)
    raw_until = None
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            if raw_until:
                if re.match(rf"</{raw_until}\s*>", part, re.IGNORECASE):
                    raw_until = None
            else:
                match = _RAW_START.match(part)
                if match and not part.endswith("/>"):
                    raw_until = match.group(1)
        elif part and not raw_until:
            parts[index] = typeset_text(part)
    return "".join(parts)
