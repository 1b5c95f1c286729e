from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationAdminConfig(AppConfig):
    """The admin as a translator uses it: one tab per language, Latin slugs, previews in both languages."""

    name = "astrakhan_portal.translation_admin"
    label = "translation_admin"
    verbose_name = _("Bilingual editing")

    def ready(self):
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from .slugs import TransliteratingSlugInput

        # Every slug field of the admin's forms (pages in both languages, snippets)
        # transliterates Russian before Wagtail cleans the slug.
        register_form_field_override(models.SlugField, override={"widget": TransliteratingSlugInput})
