"""The catalogs are the one source of interface translations: complete, consistent, compiled without msgfmt.

A translator edits locale/<lang>/LC_MESSAGES/django.po with Poedit or any .po editor;
`make makemessages` adds new strings untranslated and keeps every translation.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

CATALOGS = {lang: settings.BASE_DIR / "locale" / lang / "LC_MESSAGES" / "django.po" for lang in ("ru", "en")}
SOURCE_DIRS = ["astrakhan_portal", "partners", "projects", "events", "templates"]
TRANSLATE_TAG = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1""")
GETTEXT_CALL = re.compile(r"""\b_\(\s*(["'])((?:(?!\1).)+)\1\s*[,)]""")


@pytest.mark.parametrize("language", CATALOGS)
def test_no_entry_is_fuzzy_or_obsolete(language):
    po = polib.pofile(str(CATALOGS[language]))
    assert len(po) > 100
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po.obsolete_entries()] == []


def test_every_russian_entry_is_translated():
    """English may leave a msgstr empty (Django then shows the English msgid); Russian may not."""
    po = polib.pofile(str(CATALOGS["ru"]))
    assert [e.msgid for e in po.untranslated_entries()] == []


def source_strings():
    for top in SOURCE_DIRS:
        for path in (settings.BASE_DIR / top).rglob("*"):
            if (
                path.suffix not in (".py", ".html", ".jinja")
                or "tests" in path.parts
                or "migrations" in path.parts
            ):
                continue
            text = path.read_text(encoding="utf-8")
            # Django's templates mark with {% translate %}; the code and the Jinja2 templates
            # (the frame, the cards) with _("...").
            pattern = TRANSLATE_TAG if path.suffix == ".html" else GETTEXT_CALL
            for match in pattern.finditer(text):
                yield path.relative_to(settings.BASE_DIR), match.group(2)


def test_every_marked_string_is_in_the_catalogs():
    known = {entry.msgid for entry in polib.pofile(str(CATALOGS["ru"]))}
    found = list(source_strings())
    assert len(found) > 50
    missing = sorted({f"{path}: {text}" for path, text in found if text not in known})
    assert missing == [], "run `make makemessages`:\n" + "\n".join(missing)


def test_catalogs_compile_with_polib_and_are_used(tmp_path):
    call_command("compile_catalogs", verbosity=0)
    for po_path in CATALOGS.values():
        assert Path(po_path).with_suffix(".mo").exists()
    with translation.override("ru"):
        assert translation.gettext("Skip to main content") == "Перейти к основному содержанию"
    with translation.override("en"):
        assert translation.gettext("Skip to main content") == "Skip to main content"


# Placeholders Python's %-formatting and str.format() read: %(name)s, %s, %d, {name}.
PERCENT_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[#0 +-]*\d*(?:\.\d+)?[sdifr]")
BRACE_PLACEHOLDER = re.compile(r"(?<!{){(\w*)}(?!})")
PLURAL_FORMS = {"ru": 3, "en": 2}


def placeholders(text):
    """The sorted placeholders of a message: names for %(name)s and {name}, the type for %s."""
    found = [m.group(1) or m.group(0)[-1] for m in PERCENT_PLACEHOLDER.finditer(text)]
    found += ["{" + name + "}" for name in BRACE_PLACEHOLDER.findall(text)]
    return sorted(found)


def translations(entry):
    if entry.msgid_plural:
        return list(entry.msgstr_plural.values())
    return [entry.msgstr]


def placeholder_mismatches(po):
    """Entries whose translation drops, adds or misspells a placeholder of the message."""
    mismatches = []
    for entry in po:
        # Every plural form needs the plural's placeholders: Russian uses its first form
        # for 21 and 31 as well as for 1.
        expected = placeholders(entry.msgid_plural or entry.msgid)
        for text in translations(entry):
            if text and placeholders(text) != expected:
                mismatches.append((entry.msgid, text))
        if "%(" in entry.msgid and "python-format" not in entry.flags:
            mismatches.append((entry.msgid, "no python-format flag"))
    return mismatches


def plural_count_errors(po, language):
    errors = []
    header = po.metadata.get("Plural-Forms", "")
    if f"nplurals={PLURAL_FORMS[language]};" not in header.replace(" ", ""):
        errors.append(("Plural-Forms", header))
    for entry in po:
        if entry.msgid_plural and entry.translated():
            forms = entry.msgstr_plural
            if sorted(forms) != list(range(PLURAL_FORMS[language])) or not all(forms.values()):
                errors.append((entry.msgid, forms))
    return errors


@pytest.mark.parametrize("language", CATALOGS)
def test_translations_keep_the_placeholders_of_their_message(language):
    assert placeholder_mismatches(polib.pofile(str(CATALOGS[language]))) == []


@pytest.mark.parametrize("language", CATALOGS)
def test_every_plural_has_the_forms_its_language_needs(language):
    assert plural_count_errors(polib.pofile(str(CATALOGS[language])), language) == []


CHECKED = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

#, python-format
msgid "Page %(number)s of %(total)s"
msgstr "Страница %(number)s из %(totl)s"

#, python-format
msgid "%(counter)s project"
msgid_plural "%(counter)s projects"
msgstr[0] "%(counter)s проект"
msgstr[1] "%(counter)s проекта"

msgid "Search"
msgstr ""

#, fuzzy
msgid "News"
msgstr "Новинки"
"""


def test_the_checks_catch_a_broken_catalog():
    """The checks above are not vacuous: a catalog with each kind of mistake fails them."""
    po = polib.pofile(CHECKED)
    assert placeholder_mismatches(po) == [("Page %(number)s of %(total)s", "Страница %(number)s из %(totl)s")]
    assert [msgid for msgid, _ in plural_count_errors(po, "ru")] == ["%(counter)s project"]
    assert [e.msgid for e in po.untranslated_entries()] == ["Search"]
    assert [e.msgid for e in po.fuzzy_entries()] == ["News"]


def test_a_shared_msgid_with_two_meanings_is_told_apart_by_its_context():
    """The feedback inbox heads the sender's column «имя», an office keeps «название»."""
    from astrakhan_portal.accessibility.preferences import CHOICES
    from astrakhan_portal.feedback.models import FeedbackMessage
    from partners.models import Office

    with translation.override("ru"):
        assert str(FeedbackMessage._meta.get_field("name").verbose_name) == "имя"
        assert str(Office._meta.get_field("name").verbose_name) == "название"
        assert [str(label) for _, label in CHOICES["images"]] == ["Показывать", "Не показывать"]
        assert translation.gettext("Show") == "Показать"
