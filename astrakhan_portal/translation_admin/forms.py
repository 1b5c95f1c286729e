"""The admin's form of every portal page."""

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


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, whose password field has no label of its own (Django
    then shows the untranslated field name "Password")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
