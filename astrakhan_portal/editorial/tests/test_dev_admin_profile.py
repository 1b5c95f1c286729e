"""The development admin from `make run` can save its profile, e.g. to switch the
admin to English under Аккаунт → Профиль → Локализация (Wagtail requires a first and
last name on that form)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def test_the_development_admin_can_save_its_profile(settings, django_user_model):
    settings.DEBUG = True
    out = StringIO()
    call_command("ensure_dev_admin", stdout=out)
    password = out.getvalue().split("Password: ")[1].split()[0]
    settings.DEBUG = False

    client = Client()
    assert client.post("/admin/login/", {"username": "admin", "password": password}).status_code == 302
    response = client.get("/admin/account/")
    html = response.content.decode()
    assert "Профиль" in html and "Локализация" in html
    data = querydict_from_html(html, form_id="w-account-form") if 'id="w-account-form"' in html else None
    if data is None:
        data = querydict_from_html(html, form_index=0)
    language_fields = [name for name in data if name.endswith("preferred_language")]
    assert language_fields, list(data)
    data[language_fields[0]] = "en"
    response = client.post("/admin/account/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    admin = django_user_model.objects.get(username="admin")
    assert admin.first_name and admin.last_name
    assert UserProfile.get_for_user(admin).preferred_language == "en"


def test_an_existing_development_admin_without_names_gets_them(settings, django_user_model):
    settings.DEBUG = True
    django_user_model.objects.create_superuser("admin", "admin@example.invalid", "x")
    call_command("ensure_dev_admin", stdout=StringIO())
    admin = django_user_model.objects.get(username="admin")
    assert (admin.first_name, admin.last_name) == ("Администратор", "Разработки")
