"""The visitor's choices for the version for the visually impaired, kept in the `vi` cookie."""

from dataclasses import dataclass, fields

COOKIE_NAME = "vi"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60

# Each setting's allowed values; the first one is the normal look.
CHOICES = {
    "font": ("normal", "large", "xlarge"),
    "scheme": ("normal", "bw", "wb", "blue"),
    "images": ("on", "off"),
    "spacing": ("normal", "wide"),
}


@dataclass(frozen=True)
class ViSettings:
    font: str = "normal"
    scheme: str = "normal"
    images: str = "on"
    spacing: str = "normal"

    @classmethod
    def from_query(cls, params):
        """The choices in a GET query; a missing or unknown value falls back to the normal one."""
        return cls(**{name: _valid(name, params.get(name)) for name in CHOICES})

    @classmethod
    def from_cookie(cls, value):
        """The choices stored in the cookie, or None when the cookie is absent or unreadable."""
        if not value:
            return None
        parts = value.split(".")
        if len(parts) != len(CHOICES):
            return None
        values = dict(zip(CHOICES, parts, strict=True))
        if any(values[name] not in CHOICES[name] for name in CHOICES):
            return None
        return cls(**values)

    def cookie_value(self):
        return ".".join(getattr(self, f.name) for f in fields(self))

    @property
    def html_class(self):
        return "vi " + " ".join(f"vi-{f.name}-{getattr(self, f.name)}" for f in fields(self))


def _valid(name, value):
    return value if value in CHOICES[name] else CHOICES[name][0]


def form_fields(current):
    """[(name, legend, [(value, label, checked)])] for the settings form."""
    from django.utils.translation import gettext as _

    legends = {
        "font": _("Font size"),
        "scheme": _("Colours"),
        "images": _("Images"),
        "spacing": _("Letter and line spacing"),
    }
    labels = {
        "font": {"normal": _("Normal size"), "large": _("Large"), "xlarge": _("Extra large")},
        "scheme": {
            "normal": _("Normal colours"),
            "bw": _("Black on white"),
            "wb": _("White on black"),
            "blue": _("Dark blue on light blue"),
        },
        "images": {"on": _("Show images"), "off": _("Hide images")},
        "spacing": {"normal": _("Normal spacing"), "wide": _("Wide spacing")},
    }
    current = current or ViSettings()
    return [
        (
            name,
            legends[name],
            [(value, labels[name][value], getattr(current, name) == value) for value in values],
        )
        for name, values in CHOICES.items()
    ]
