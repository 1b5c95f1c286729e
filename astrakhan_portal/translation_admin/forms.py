"""The admin's form of every portal page."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class BilingualPageForm(WagtailAdminPageForm):
    """Wagtail's page form; a slug left empty is made from the title in that language,
    in Latin letters, before the form checks that it is free under the parent page."""

    def clean(self):
        cleaned_data = super().clean()
        page = self.instance
        for name in ("title_ru", "title_en", "slug_ru", "slug_en"):
            if name in cleaned_data:
                setattr(page, name, cleaned_data[name])
        if self.parent_page is not None:
            page.fill_slugs_from_titles(parent=self.parent_page)
        for name in ("slug_ru", "slug_en"):
            if name in self.fields and not cleaned_data.get(name) and getattr(page, name):
                cleaned_data[name] = getattr(page, name)
                self.errors.pop(name, None)  # the form's own error dict while cleaning
        return cleaned_data

    # wagtail-modeltranslation's slug check words this message while the slug's language is
    # active, so an English admin saw it in Russian for the Russian slug.
    SLUG_TAKEN = "This slug is already in use"

    def full_clean(self):
        """Validate as Django does, then reword wagtail-modeltranslation's "slug taken"
        error in the admin's language (the model's check runs inside Django's cleaning)."""
        super().full_clean()
        if not self.is_bound:
            return
        worded = set()
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                worded.add(gettext(self.SLUG_TAKEN))
        for name in ("slug_ru", "slug_en"):
            errors = self.errors.get(name)
            for index, error in enumerate(errors.data if errors else []):
                message = error.message if isinstance(error, ValidationError) else str(error)
                if message in worded:
                    errors.data[index] = ValidationError(gettext(self.SLUG_TAKEN))


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, whose password field has no label of its own (Django
    then shows the untranslated field name "Password")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
