"""The page editor as a translator uses it: one tab per language.

wagtail-modeltranslation turns each panel of a translated field into one panel
per language (``title`` into ``title_ru`` and ``title_en``) and labels them
"title [ru]", "title [en]", one after the other. ``bilingual_edit_handler``
takes those panels and sorts them into tabs:

* **Русский / Russian**: every Russian field (title, slug, summary, the
  model's own translated fields, body, the search engine fields);
* **English**: the same fields in English, in the same order;
* **Both languages**: what has one value for both (date, image, countries,
  inline lists such as offices, whose own fields are labelled by language);
* **Settings**: Wagtail's settings (publishing, privacy) and the menu switch.

Each translated field is labelled in the admin's language with its language
("Заголовок (по-русски)", "Title (in English)"), never with "[ru]".
"""

from collections import defaultdict

from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.fields import TranslationField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    ObjectList,
    PanelGroup,
    TabbedInterface,
    TitleFieldPanel,
)

LANGUAGES = ("ru", "en")
COMMON = "common"

LANGUAGE_TABS = {"ru": _("Russian"), "en": _("English")}
IN_LANGUAGE = {
    "ru": pgettext_lazy("a field's language, after its label", "in Russian"),
    "en": pgettext_lazy("a field's language, after its label", "in English"),
}


def translation_field(model, field_name):
    """The modeltranslation field named ``field_name`` on ``model``, or None."""
    try:
        field = model._meta.get_field(field_name)
    except Exception:  # a panel on something that is not a model field
        return None
    return field if isinstance(field, TranslationField) else None


def field_label(field):
    """ "Заголовок (по-русски)" / "Title (in English)": the field's own name and its language."""
    return format_lazy(
        "{field} ({language})",
        field=capfirst(field.translated_field.verbose_name),
        language=IN_LANGUAGE.get(field.language, field.language),
    )


def clone(panel, **changes):
    return type(panel)(**{**panel.clone_kwargs(), **changes})


def labelled(panel, model):
    """``panel`` with every translated field in it labelled by language (structure kept)."""
    if isinstance(panel, InlinePanel):
        related_model = model._meta.get_field(panel.relation_name).related_model
        children = panel.panels if panel.panels is not None else getattr(related_model, "panels", None)
        if children is None:
            return panel
        return clone(panel, panels=[labelled(child, related_model) for child in children])
    if isinstance(panel, PanelGroup):
        return clone(panel, children=[labelled(child, model) for child in panel.children])
    if isinstance(panel, FieldPanel):
        field = translation_field(model, panel.field_name)
        if field is None or panel.heading:
            return panel
        changes = {"heading": field_label(field)}
        if isinstance(panel, TitleFieldPanel) and panel.placeholder is True:
            changes["placeholder"] = format_lazy("{}*", changes["heading"])
        return clone(panel, **changes)
    return panel


def by_language(panel, model):
    """{"ru": [...], "en": [...], "common": [...]}: the parts of ``panel`` for each tab.

    A group that mixes languages (a MultiFieldPanel of a country's code and its
    regions in both languages) is split into one group per tab, with its heading.
    """
    if isinstance(panel, PanelGroup) and not isinstance(panel, InlinePanel):
        parts = defaultdict(list)
        for child in panel.children:
            for key, children in by_language(child, model).items():
                parts[key] += children
        return {key: [clone(panel, children=children)] for key, children in parts.items()}
    if isinstance(panel, FieldPanel):
        field = translation_field(model, panel.field_name)
        if field is not None and field.language in LANGUAGES:
            return {field.language: [labelled(panel, model)]}
    return {COMMON: [labelled(panel, model)]}


def slug_after_title(panels, language):
    """The slug right under the title: the address an editor checks after writing the title."""
    slug = [p for p in panels if getattr(p, "field_name", None) == f"slug_{language}"]
    if not slug:  # inside the search engines group: leave it there
        return panels
    rest = [p for p in panels if p is not slug[0]]
    title_at = next(
        (i for i, p in enumerate(rest) if getattr(p, "field_name", None) == f"title_{language}"), -1
    )
    return rest[: title_at + 1] + slug + rest[title_at + 1 :]


def bilingual_edit_handler(model):
    """A TabbedInterface with a tab per language, one for both, and the settings."""
    tabs = defaultdict(list)
    for panel in list(model.content_panels) + list(model.promote_panels):
        for key, panels in by_language(panel, model).items():
            tabs[key] += panels
    settings = [labelled(panel, model) for panel in model.settings_panels]
    # Wagtail's promote panels put the slug into the "For search engines" group; a
    # translator looks for it under the title.
    for language in LANGUAGES:
        unpacked = []
        for panel in tabs[language]:
            if isinstance(panel, PanelGroup) and any(
                getattr(child, "field_name", None) == f"slug_{language}" for child in panel.children
            ):
                slug = [c for c in panel.children if getattr(c, "field_name", None) == f"slug_{language}"]
                others = [c for c in panel.children if c not in slug]
                unpacked += slug + ([clone(panel, children=others)] if others else [])
            else:
                unpacked.append(panel)
        tabs[language] = slug_after_title(unpacked, language)
    children = [ObjectList(tabs[language], heading=LANGUAGE_TABS[language]) for language in LANGUAGES]
    common = tabs[COMMON]
    # The menu switch is a setting, not content common to both languages.
    menu = [p for p in common if _mentions(p, "show_in_menus")]
    common = [p for p in common if p not in menu]
    if common:
        children.append(ObjectList(common, heading=_("Both languages")))
    if settings or menu:
        children.append(ObjectList(settings + menu, heading=_("Settings")))
    return TabbedInterface(children, base_form_class=model.base_form_class)


def _mentions(panel, field_name):
    if getattr(panel, "field_name", None) == field_name:
        return True
    return isinstance(panel, PanelGroup) and any(_mentions(child, field_name) for child in panel.children)
