"""Fill the message catalogs: English msgstr = msgid; Russian from RU below.

Run by `make makemessages`. Russian strings live in scripts/ru_messages*.py.
It lists any Russian string still missing, so a person can add it here.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def russian_messages():
    """RU from scripts/ru_messages.py and every scripts/ru_messages_*.py beside it."""
    import importlib

    merged = {}
    for path in sorted(Path(__file__).resolve().parent.glob("ru_messages*.py")):
        merged.update(importlib.import_module(path.stem).RU)
    return merged


RU = russian_messages()


def fill_english(path):
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.metadata["Language"] = "en"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.save()


def fill_russian(path):
    po = polib.pofile(str(path))
    missing = []
    for entry in po:
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.msgstr = ""
            entry.msgstr_plural = {}
        value = RU.get(entry.msgid)
        if value is None:
            if not entry.translated():
                missing.append(entry.msgid)
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(value))
        else:
            entry.msgstr = value
    po.metadata["Language"] = "ru"
    po.metadata["Plural-Forms"] = (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);"
    )
    po.save()
    return missing


if __name__ == "__main__":
    fill_english(ROOT / "locale/en/LC_MESSAGES/django.po")
    missing = fill_russian(ROOT / "locale/ru/LC_MESSAGES/django.po")
    for msgid in missing:
        print(f"missing Russian: {msgid!r}")
    sys.exit(1 if missing else 0)
