"""Every interface string is translated in both catalogs, and they compile without msgfmt."""

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
def test_no_entry_is_untranslated_or_fuzzy(language):
    po = polib.pofile(str(CATALOGS[language]))
    assert len(po) > 100
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po.obsolete_entries()] == []


def source_strings():
    for top in SOURCE_DIRS:
        for path in (settings.BASE_DIR / top).rglob("*"):
            if path.suffix not in (".py", ".html") or "tests" in path.parts or "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
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
