"""Editors and moderators, logged in through the admin's own login form."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

PASSWORD = "correct-horse-battery-staple-42"


def admin_client(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.invalid", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302, "the login form did not accept the account"
    client.user = user
    return client


@pytest.fixture
def editor(db, content, django_user_model):
    """A member of the Editors group, not a superuser."""
    return admin_client(django_user_model, "editor", "Editors")


@pytest.fixture
def moderator(db, content, django_user_model):
    """A member of the Moderators group, not a superuser."""
    return admin_client(django_user_model, "moderator", "Moderators")
