"""The visitor's settings for the version for visually impaired visitors.

GOST R 52872-2019: font size, colour scheme, images on or off and letter
spacing. The choice lives in the cookie ``vi`` (no account, no database,
no JavaScript), e.g. ``large.bw.on.normal``; without the cookie the site is
in its normal version.
"""

from dataclasses import dataclass, fields, replace

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COOKIE_NAME = "vi"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60

# Each setting: its allowed values, in the order the controls show them, with
# the label an editor or visitor sees.
CHOICES = {
    "font": [
        ("normal", _("Normal")),
        ("large", _("Large")),
        ("xlarge", _("Extra large")),
    ],
    "scheme": [
        ("normal", _("Site colors")),
        ("bw", _("Black on white")),
        ("wb", _("White on black")),
        ("blue", _("Dark blue on light blue")),
    ],
    "images": [
        ("on", pgettext_lazy("images", "Show")),
        ("off", pgettext_lazy("images", "Hide")),
    ],
    "spacing": [
        ("normal", _("Normal")),
        ("wide", _("Wide")),
    ],
}
LEGENDS = {
    "font": _("Font size"),
    "scheme": _("Colors"),
    "images": _("Images"),
    "spacing": _("Letter spacing"),
}


@dataclass(frozen=True)
class Preferences:
    """One visitor's choice; the defaults are what switching the version on gives."""

    font: str = "large"
    scheme: str = "bw"
    images: str = "on"
    spacing: str = "normal"

    @classmethod
    def from_cookie(cls, raw):
        """The settings in the cookie, or None if there is none or it is not ours."""
        if not raw or len(raw) > 100:
            return None
        values = raw.split(".")
        names = [f.name for f in fields(cls)]
        if len(values) != len(names):
            return None
        for name, value in zip(names, values, strict=True):
            if value not in allowed(name):
                return None
        return cls(*values)

    def cookie_value(self):
        return ".".join(getattr(self, f.name) for f in fields(self))

    def updated(self, data):
        """These settings with the known values of ``data`` applied.

        Returns ``(preferences, applied, ignored)``: the names whose value was
        taken and the names whose value was not one of the allowed ones.
        """
        changes = {}
        ignored = []
        for name in CHOICES:
            if name not in data:
                continue
            value = (data.get(name) or "").strip().lower()
            if value in allowed(name):
                changes[name] = value
            else:
                ignored.append(name)
        return replace(self, **changes), sorted(changes), ignored

    @property
    def html_classes(self):
        """The classes ``<html>`` carries while the version is on."""
        return (
            f"vi vi-font-{self.font} vi-scheme-{self.scheme} "
            f"vi-images-{self.images} vi-spacing-{self.spacing}"
        )

    def controls(self):
        """[(name, legend, [(value, label, selected)])] for the templates."""
        return [
            (
                name,
                LEGENDS[name],
                [(value, label, getattr(self, name) == value) for value, label in choices],
            )
            for name, choices in CHOICES.items()
        ]


def allowed(name):
    return {value for value, _label in CHOICES[name]}


def from_request(request):
    return Preferences.from_cookie(request.COOKIES.get(COOKIE_NAME))
