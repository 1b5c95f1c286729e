"""Production settings refuse to start without a real SECRET_KEY and ALLOWED_HOSTS."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

GOOD_KEY = "k" * 20 + "-production-only-0123456789abcdef"


def start_production(**env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE")
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="astrakhan_portal.settings.production")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "env, complaint",
    [
        ({"ALLOWED_HOSTS": "example.org"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "example.org"}, "Set SECRET_KEY"),
        (
            {"SECRET_KEY": "dev-only-not-secret-astrakhan-portal-xxxxxxxxxx", "ALLOWED_HOSTS": "x"},
            "Set SECRET_KEY",
        ),
        ({"SECRET_KEY": GOOD_KEY}, "Set ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, complaint):
    result = start_production(**env)
    assert result.returncode != 0
    assert complaint in result.stderr
    assert "started" not in result.stdout


def test_production_starts_with_them():
    result = start_production(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


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
