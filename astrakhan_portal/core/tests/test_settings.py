"""The development admin account: only under development settings, its password shown once.

(Production's refusal to start half-configured is tested in security/tests/test_deployment.py.)
"""

import pytest


def test_the_dev_admin_command_refuses_outside_debug(db):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError):
        call_command("ensure_dev_admin")


def test_the_dev_admin_command_prints_a_password_once(db, settings, django_user_model):
    from io import StringIO

    from django.core.management import call_command

    settings.DEBUG = True
    first, second = StringIO(), StringIO()
    call_command("ensure_dev_admin", stdout=first)
    call_command("ensure_dev_admin", stdout=second)
    password = first.getvalue().split("Password: ")[1].split()[0]
    assert django_user_model.objects.get(username="admin").check_password(password)
    assert "Password:" not in second.getvalue()
